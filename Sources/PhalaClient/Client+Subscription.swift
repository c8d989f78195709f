public import JSONRPC

extension Client {
    /// The notifications of one subscription, in arrival order, as an async sequence of their results.
    ///
    /// The subscription ends on the node (the unsubscribe call is sent) when the task iterating it is
    /// cancelled, or when this value and every iterator made from it are gone, e.g. after a `break` out
    /// of a `for try await` loop over `try await client.subscribe(…)`. Iteration throws a `ClientError`
    /// when the connection closes or the consumer falls too far behind.
    public struct Subscription: AsyncSequence, Sendable {
        /// Each notification's `result` value.
        public typealias Element = JSONValue

        /// The subscription id the node assigned.
        public let id: String
        let stream: AsyncThrowingStream<JSONValue, any Error>
        let lease: Lease

        /// Reads the notifications one at a time.
        public struct AsyncIterator: AsyncIteratorProtocol {
            var base: AsyncThrowingStream<JSONValue, any Error>.AsyncIterator
            let lease: Lease

            /// The next notification's result, or `nil` after the subscription ended normally.
            /// - Throws: `ClientError` when the connection closed or the consumer fell behind.
            public mutating func next() async throws -> JSONValue? {
                try await base.next()
            }
        }

        /// Starts reading notifications; the subscription is cancelled when the iterator is dropped.
        public func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(base: stream.makeAsyncIterator(), lease: lease)
        }
    }

    /// Ends a subscription on the node once nothing can read its notifications any more.
    final class Lease: Sendable {
        private let client: Client
        private let id: String
        private let unsubscribeMethod: String

        init(client: Client, id: String, unsubscribeMethod: String) {
            self.client = client
            self.id = id
            self.unsubscribeMethod = unsubscribeMethod
        }

        deinit {
            client.endSubscription(id, unsubscribeMethod: unsubscribeMethod)
        }
    }
}
