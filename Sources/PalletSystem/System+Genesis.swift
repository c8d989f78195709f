import PhalaPrimitives
public import RuntimeSupport

extension System {
    /// What System writes into the genesis state.
    public struct Genesis: Sendable, Hashable {
        /// The runtime version recorded as the last upgrade.
        public var runtimeUpgrade: LastRuntimeUpgrade

        /// Creates the genesis configuration.
        /// - Parameter runtimeUpgrade: the genesis runtime's version.
        public init(runtimeUpgrade: LastRuntimeUpgrade) {
            self.runtimeUpgrade = runtimeUpgrade
        }

        /// Writes System's genesis items as FRAME's genesis does: `BlockHash(0)` and `ParentHash` set to
        /// `69…69` (block 1's initialization overwrites `BlockHash(0)` with the real genesis hash), the
        /// reference-count flags, the runtime version, and `:extrinsic_index` = 0.
        /// - Parameter state: the genesis state.
        public func build(in state: inout Overlay) {
            let placeholder = H256(FixedBytes(known: [UInt8](repeating: 0x69, count: 32)))
            Storage.blockHash.insert(placeholder, for: 0, in: &state)
            Storage.parentHash.set(placeholder, in: &state)
            Storage.lastRuntimeUpgrade.set(runtimeUpgrade, in: &state)
            Storage.upgradedToU32RefCount.set(true, in: &state)
            Storage.upgradedToTripleRefCount.set(true, in: &state)
            state.set([0, 0, 0, 0], forKey: Storage.extrinsicIndexKey)
        }
    }
}
