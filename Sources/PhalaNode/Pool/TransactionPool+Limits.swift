extension TransactionPool {
    /// How much the pool holds and how long it bans.
    ///
    /// | key | default | meaning |
    /// |---|---|---|
    /// | `maxCount` | 8192 | transactions held (ready and future together) |
    /// | `maxBytes` | 20 MiB | their total encoded size |
    /// | `maxFutureCount` | 512 | transactions waiting for an earlier nonce |
    /// | `banBlocks` | 30 | blocks a transaction that failed inclusion stays banned |
    public struct Limits: Sendable, Hashable {
        /// Most transactions held.
        public var maxCount: Int
        /// Most bytes held.
        public var maxBytes: Int
        /// Most transactions waiting for an earlier one.
        public var maxFutureCount: Int
        /// Blocks a refused transaction stays banned.
        public var banBlocks: UInt32

        /// Creates limits; see the table for defaults.
        public init(maxCount: Int = 8192, maxBytes: Int = 20 << 20, maxFutureCount: Int = 512, banBlocks: UInt32 = 30) {
            self.maxCount = maxCount
            self.maxBytes = maxBytes
            self.maxFutureCount = maxFutureCount
            self.banBlocks = banBlocks
        }
    }
}
