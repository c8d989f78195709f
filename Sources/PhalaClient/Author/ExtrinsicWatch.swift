public import PhalaPrimitives

/// The statuses of one submitted transaction, in order, ending after the first final one.
///
/// A mapping over the `author_submitAndWatchExtrinsic` subscription rather than an
/// `AsyncThrowingStream`, so no task runs behind it: iteration reads the subscription directly, and
/// dropping the sequence (or cancelling the reading task) unwatches the transaction on the node.
public struct ExtrinsicWatch: AsyncSequence, Sendable {
    /// Each status.
    public typealias Element = ExtrinsicStatus

    /// The transaction hash: `blake2_256` of the submitted bytes.
    public let hash: H256
    let subscription: Client.Subscription

    /// Reads the statuses one at a time.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: Client.Subscription.AsyncIterator
        var finished = false

        /// The next status, or `nil` after a final status or when the node ended the subscription.
        /// - Throws: `ClientError` when the connection closed or a status is malformed.
        public mutating func next() async throws -> ExtrinsicStatus? {
            guard !finished, let value = try await base.next() else { return nil }
            let status = try ExtrinsicStatus(json: value)
            finished = status.isFinal
            return status
        }
    }

    /// Starts reading statuses.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: subscription.makeAsyncIterator())
    }
}
