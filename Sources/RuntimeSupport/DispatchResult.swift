public import SCALE

/// The outcome of a dispatch as events report it (sp-runtime's `DispatchResult`):
/// SCALE `00` for success, `01 ‖ DispatchError` for failure.
public typealias DispatchResult = Result<Empty, DispatchError>

/// The unit value `()`, encoded as nothing: the success side of a `DispatchResult`.
public struct Empty: Sendable, Hashable, ScaleCodable {
    /// The unit value.
    public init() {}

    /// Appends nothing.
    public func encode(to encoder: inout ScaleEncoder) {}

    /// Reads nothing.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {}
}
