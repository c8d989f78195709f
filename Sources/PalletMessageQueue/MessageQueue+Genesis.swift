public import PhalaPrimitives
public import RuntimeSupport

extension MessageQueue {
    /// The message queue's genesis: the signers `GenesisMessageSigners` serves.
    public struct Genesis: Sendable, Hashable {
        /// The workers' sr25519 identity keys.
        public var workers: [FixedBytes<32>]
        /// The gatekeepers' master public key, if one exists at genesis.
        public var masterKey: FixedBytes<32>?

        /// Creates the genesis configuration.
        /// - Parameters:
        ///   - workers: the registered workers' keys.
        ///   - masterKey: the master public key.
        public init(workers: [FixedBytes<32>] = [], masterKey: FixedBytes<32>? = nil) {
            self.workers = workers
            self.masterKey = masterKey
        }

        /// Writes `GenesisWorkers` and `GenesisMasterPubkey`.
        /// - Parameter state: the genesis state.
        public func build(in state: inout Overlay) {
            if !workers.isEmpty { GenesisMessageSigners.workers.set(workers, in: &state) }
            if let masterKey { GenesisMessageSigners.masterKey.set(masterKey, in: &state) }
        }
    }
}
