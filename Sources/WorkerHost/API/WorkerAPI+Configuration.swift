extension WorkerAPI {
    /// Where the worker's HTTP API listens and when it calls the worker synced; plain values, no I/O.
    ///
    /// | key | type | default | meaning |
    /// |---|---|---|---|
    /// | `host` | `String` | `127.0.0.1` | the address to bind |
    /// | `port` | `Int` | 8000 | the TCP port; 0 picks a free one |
    /// | `syncedLag` | `UInt32` | 2 | most blocks the enclave may trail the node's finalized head and be healthy |
    /// | `maxContractQueryBytes` | `Int` | 1 048 576 | largest `POST /contracts/query` body accepted |
    public struct Configuration: Sendable, Hashable {
        /// The address to bind.
        public var host: String
        /// The TCP port; 0 picks a free one.
        public var port: Int
        /// Most blocks the enclave may trail the node's finalized head while `/health` says synced.
        public var syncedLag: UInt32
        /// The largest encrypted contract query body accepted; a larger one is answered 413.
        public var maxContractQueryBytes: Int

        /// Creates a configuration; every parameter has the default listed in the table above.
        public init(
            host: String = "127.0.0.1",
            port: Int = 8000,
            syncedLag: UInt32 = 2,
            maxContractQueryBytes: Int = 1 << 20
        ) {
            self.host = host
            self.port = port
            self.syncedLag = syncedLag
            self.maxContractQueryBytes = maxContractQueryBytes
        }
    }
}
