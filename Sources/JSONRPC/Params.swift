/// The parameters of a call: none, a positional array, or a named object (JSON-RPC 2.0 allows both).
///
/// Substrate methods take positional parameters; `Params+Positional.swift` reads them with -32602 errors
/// that say what was expected where. A missing `params` member and `"params": null` are both `.none`
/// (substrate-interface sends `null` for `state_getMetadata` without a block hash).
public enum Params: Sendable, Hashable {
    /// No parameters (`params` absent or `null`).
    case none
    /// Positional parameters.
    case positional([JSONValue])
    /// Named parameters, in order.
    case named(JSONObject)

    /// Reads the `params` member of a request.
    /// - Parameter json: the member's value, or `nil` when absent.
    /// - Throws: `RPCError.invalidRequest` when it is neither an array, an object nor `null`.
    public init(json: JSONValue?) throws(RPCError) {
        switch json {
        case nil, .null?: self = .none
        case .array(let values)?: self = .positional(values)
        case .object(let object)?: self = .named(object)
        case let other?: throw .invalidRequest("\"params\" must be an array, an object or null, not \(other.kindDescription)")
        }
    }

    /// The `params` member to send, or `nil` to leave it out.
    public var json: JSONValue? {
        switch self {
        case .none: nil
        case .positional(let values): .array(values)
        case .named(let object): .object(object)
        }
    }
}
