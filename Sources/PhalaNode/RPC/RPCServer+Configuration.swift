extension RPCServer {
    /// Where the RPC server listens and how much it accepts; plain values with defaults, no I/O.
    ///
    /// | key | type | default | meaning |
    /// |---|---|---|---|
    /// | `host` | `String` | `"127.0.0.1"` | address to bind; `--rpc-external` sets `"0.0.0.0"` (all interfaces) |
    /// | `port` | `Int` | `9944` | TCP port for HTTP and WebSocket alike; `0` picks a free port |
    /// | `maxFrameSize` | `Int` | 16 MiB | largest request or response, in bytes (a WebSocket message or an HTTP body) |
    /// | `maxConnections` | `Int` | `100` | open connections; further ones wait in the accept queue |
    /// | `maxSubscriptionsPerConnection` | `Int` | `1024` | live subscriptions per WebSocket |
    /// | `maxConcurrentCallsPerConnection` | `Int` | `256` | calls answered at once per WebSocket before reading pauses |
    /// | `maxBatchSize` | `Int` | `256` | requests in one JSON-RPC batch |
    public struct Configuration: Sendable, Hashable {
        /// The loopback address, the default: only this machine can connect.
        public static let loopbackHost = "127.0.0.1"
        /// The wildcard address that `--rpc-external` selects: every interface.
        public static let allInterfacesHost = "0.0.0.0"

        /// Address to bind.
        public var host: String
        /// TCP port; `0` asks the system for a free one (read it from `onListening`).
        public var port: Int
        /// Largest request or response in bytes.
        public var maxFrameSize: Int
        /// Most connections open at once.
        public var maxConnections: Int
        /// Most live subscriptions per WebSocket connection.
        public var maxSubscriptionsPerConnection: Int
        /// Most calls in progress per WebSocket connection.
        public var maxConcurrentCallsPerConnection: Int
        /// Most requests in one batch.
        public var maxBatchSize: Int

        /// Creates a configuration; every parameter has the default listed in the table above.
        public init(
            host: String = loopbackHost,
            port: Int = 9944,
            maxFrameSize: Int = 16 << 20,
            maxConnections: Int = 100,
            maxSubscriptionsPerConnection: Int = 1024,
            maxConcurrentCallsPerConnection: Int = 256,
            maxBatchSize: Int = 256
        ) {
            self.host = host
            self.port = port
            self.maxFrameSize = maxFrameSize
            self.maxConnections = maxConnections
            self.maxSubscriptionsPerConnection = maxSubscriptionsPerConnection
            self.maxConcurrentCallsPerConnection = maxConcurrentCallsPerConnection
            self.maxBatchSize = maxBatchSize
        }
    }
}
