extension Client {
    /// Timeouts and limits of a client connection; plain values with defaults, no I/O.
    ///
    /// | key | type | default | meaning |
    /// |---|---|---|---|
    /// | `connectTimeout` | `Duration` | 10 s | time allowed to open the WebSocket |
    /// | `requestTimeout` | `Duration` | 60 s | time allowed for each reply (including a subscribe reply) |
    /// | `maxFrameSize` | `Int` | 16 MiB | largest message sent or received, in bytes |
    /// | `subscriptionBufferSize` | `Int` | 1024 | notifications held per subscription before its consumer reads them |
    public struct Configuration: Sendable, Hashable {
        /// Time allowed to open the WebSocket.
        public var connectTimeout: Duration
        /// Time allowed for each reply.
        public var requestTimeout: Duration
        /// Largest message sent or received, in bytes.
        public var maxFrameSize: Int
        /// Notifications held per subscription; a consumer that falls further behind gets an error.
        public var subscriptionBufferSize: Int

        /// Creates a configuration; every parameter has the default listed in the table above.
        public init(
            connectTimeout: Duration = .seconds(10),
            requestTimeout: Duration = .seconds(60),
            maxFrameSize: Int = 16 << 20,
            subscriptionBufferSize: Int = 1024
        ) {
            self.connectTimeout = connectTimeout
            self.requestTimeout = requestTimeout
            self.maxFrameSize = maxFrameSize
            self.subscriptionBufferSize = subscriptionBufferSize
        }
    }
}
