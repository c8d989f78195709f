extension ContractQueryClient {
    /// How long a query may live and how long the client waits; plain values, no I/O.
    ///
    /// | key | type | default | meaning |
    /// |---|---|---|---|
    /// | `queryLifetime` | `Duration` | 60 s | how long after sending a worker may still answer (the query's expiry) |
    /// | `timeout` | `Duration` | 30 s | how long to wait for the worker's answer |
    /// | `maxResponseBytes` | `Int` | 4 194 304 | largest answer body accepted |
    public struct Configuration: Sendable, Hashable {
        /// How long after it is made a query may still be answered; workers refuse lifetimes over their
        /// limit (5 minutes by default).
        public var queryLifetime: Duration
        /// How long to wait for the worker's answer.
        public var timeout: Duration
        /// The largest answer body accepted.
        public var maxResponseBytes: Int

        /// Creates a configuration; every parameter has the default listed in the table above.
        public init(
            queryLifetime: Duration = .seconds(60),
            timeout: Duration = .seconds(30),
            maxResponseBytes: Int = 4 << 20
        ) {
            self.queryLifetime = queryLifetime
            self.timeout = timeout
            self.maxResponseBytes = maxResponseBytes
        }
    }
}
