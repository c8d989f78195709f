import PalletMessageQueue
import PalletRegistry
public import PhalaPrimitives
public import RuntimeSupport

/// The message queue's signers as the registry knows them: a worker registered by `PhalaRegistry` (or
/// listed in the message queue's genesis, for chains that pre-seed workers), the gatekeepers' master
/// public key the registry holds (or the one configured at genesis), and the cluster and contract keys
/// the registry holds (`ClusterKeys`, `ContractKeys`, recorded by Phat Contracts).
///
/// Lives in the composition root because one pallet never imports another.
struct RegisteredMessageSigners: MessageSignerRegistry {
    private let genesis = GenesisMessageSigners()

    func isRegisteredWorker(_ key: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) -> Bool {
        if try Registry.Storage.workers.contains(key, in: &state) { return true }
        return try genesis.isRegisteredWorker(key, in: &state)
    }

    func gatekeeperKey(in state: inout Overlay) throws(DispatchError) -> FixedBytes<32>? {
        if let key = try Registry.Storage.gatekeeperMasterPubkey.get(in: &state) { return key }
        return try genesis.gatekeeperKey(in: &state)
    }

    func clusterKey(_ cluster: H256, in state: inout Overlay) throws(DispatchError) -> FixedBytes<32>? {
        try Registry.Storage.clusterKeys.get(cluster, in: &state)
    }

    func contractKey(_ contract: H256, in state: inout Overlay) throws(DispatchError) -> FixedBytes<32>? {
        try Registry.Storage.contractKeys.get(contract, in: &state)
    }
}
