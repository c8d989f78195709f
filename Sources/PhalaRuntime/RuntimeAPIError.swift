public import SCALE

/// Why a runtime API call (`state_call`) could not be answered.
public enum RuntimeAPIError: Swift.Error, Sendable, CustomStringConvertible {
    /// No runtime API has this method name.
    case unknownMethod(String)
    /// The argument bytes do not decode as the method's parameters.
    case badArguments(method: String, ScaleDecodingError)
    /// Executing the call failed.
    case execution(ExecutiveError)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .unknownMethod(let method): "no runtime API method named \(method); see the runtime version's apis"
        case .badArguments(let method, let error): "the arguments of \(method) do not decode: \(error)"
        case .execution(let error): "the runtime API call failed: \(error)"
        }
    }
}
