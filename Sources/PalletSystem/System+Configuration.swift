import RuntimeSupport

extension System {
    /// System's constants (FRAME's `frame_system::Config`).
    ///
    /// | key | type | default |
    /// |---|---|---|
    /// | `blockHashCount` | `UInt32` | 2400 blocks kept in `BlockHash` (a mortal era may not be longer) |
    /// | `ss58Prefix` | `UInt16` | 30 (Phala) |
    /// | `maxConsumers` | `UInt32` | 16 consumer references per account |
    public struct Configuration: Sendable {
        /// How many recent block hashes `BlockHash` keeps.
        public var blockHashCount: UInt32
        /// The SS58 address prefix; must equal `system_properties`' `ss58Format`.
        public var ss58Prefix: UInt16
        /// The most consumer references an account may have.
        public var maxConsumers: UInt32

        /// Creates the configuration with Phala's defaults.
        public init(blockHashCount: UInt32 = 2400, ss58Prefix: UInt16 = 30, maxConsumers: UInt32 = 16) {
            self.blockHashCount = blockHashCount
            self.ss58Prefix = ss58Prefix
            self.maxConsumers = maxConsumers
        }
    }
}
