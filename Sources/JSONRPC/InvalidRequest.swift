/// A request a server cannot call, with the error reply it answers in its place.
///
/// Keeps the request's `id` when it could be read, so the error still reaches the right caller; the id is
/// `null` when the message was not JSON or had no usable id (as JSON-RPC 2.0 prescribes).
public struct InvalidRequest: Error, Sendable, Hashable {
    /// The id to answer to (`null` when unknown).
    public let id: JSONValue
    /// Why the request could not be called.
    public let error: RPCError

    /// Creates the rejection of the request `id` with `error`.
    public init(id: JSONValue, error: RPCError) {
        self.id = id
        self.error = error
    }

    /// The error reply to send.
    public var response: Response { Response(id: id, result: .failure(error)) }
}
