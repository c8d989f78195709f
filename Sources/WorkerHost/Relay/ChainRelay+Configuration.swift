public import PhalaClient
public import PhalaPrimitives

extension ChainRelay {
    /// How the relay reaches the node and paces its work; plain values with defaults, no I/O.
    ///
    /// | key | type | default | meaning |
    /// |---|---|---|---|
    /// | `nodeURL` | `String` | `ws://127.0.0.1:9944` | the node's WebSocket RPC URL |
    /// | `pollInterval` | `Duration` | 500 ms | wait between checks of the node's finalized head when idle |
    /// | `maxHeadersPerBatch` | `Int` | 500 | most headers in one `syncHeaders` batch |
    /// | `maxBlocksPerDispatch` | `Int` | 100 | most blocks in one `dispatchBlocks` call |
    /// | `fetchConcurrency` | `Int` | 16 | blocks fetched from the node at once |
    /// | `resubmitAfterBlocks` | `BlockNumber` | 30 | blocks after a submission before a registration or egress message that has not landed is submitted again |
    /// | `retryDelay` | `Duration` | 1 s | first wait after a failure; doubles on each further failure |
    /// | `maxRetryDelay` | `Duration` | 30 s | longest wait after failures |
    /// | `progressInterval` | `Duration` | 5 s | least time between two "synced to" log lines |
    /// | `client` | `Client.Configuration` | defaults | the RPC connection's timeouts and limits |
    ///
    /// The three counts (`maxHeadersPerBatch`, `maxBlocksPerDispatch`, `fetchConcurrency`) below 1 are used as 1.
    public struct Configuration: Sendable, Hashable {
        /// The node's WebSocket RPC URL.
        public var nodeURL: String
        /// Wait between checks of the node's finalized head when there is nothing to do.
        public var pollInterval: Duration
        /// Most headers in one `syncHeaders` batch.
        public var maxHeadersPerBatch: Int
        /// Most blocks in one `dispatchBlocks` call.
        public var maxBlocksPerDispatch: Int
        /// Blocks fetched from the node at once while collecting a header batch.
        public var fetchConcurrency: Int
        /// Blocks after a submission (past the node's finalized head at the time) before a registration or
        /// egress message that has not landed is submitted again.
        public var resubmitAfterBlocks: BlockNumber
        /// First wait after a failure; doubles on each further failure up to `maxRetryDelay`.
        public var retryDelay: Duration
        /// Longest wait after failures.
        public var maxRetryDelay: Duration
        /// Least time between two progress log lines.
        public var progressInterval: Duration
        /// The RPC connection's timeouts and limits.
        public var client: Client.Configuration

        /// Creates a configuration; every parameter has the default listed in the table above.
        public init(
            nodeURL: String = "ws://127.0.0.1:9944",
            pollInterval: Duration = .milliseconds(500),
            maxHeadersPerBatch: Int = 500,
            maxBlocksPerDispatch: Int = 100,
            fetchConcurrency: Int = 16,
            resubmitAfterBlocks: BlockNumber = 30,
            retryDelay: Duration = .seconds(1),
            maxRetryDelay: Duration = .seconds(30),
            progressInterval: Duration = .seconds(5),
            client: Client.Configuration = Client.Configuration()
        ) {
            self.nodeURL = nodeURL
            self.pollInterval = pollInterval
            self.maxHeadersPerBatch = max(1, maxHeadersPerBatch)
            self.maxBlocksPerDispatch = max(1, maxBlocksPerDispatch)
            self.fetchConcurrency = max(1, fetchConcurrency)
            self.resubmitAfterBlocks = resubmitAfterBlocks
            self.retryDelay = retryDelay
            self.maxRetryDelay = maxRetryDelay
            self.progressInterval = progressInterval
            self.client = client
        }
    }
}
