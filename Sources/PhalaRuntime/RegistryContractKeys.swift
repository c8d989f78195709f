import PalletPhatContracts
import PalletRegistry
import PhalaPrimitives
import RuntimeSupport

/// Phat Contracts' announced keys, kept in Registry's storage as Phala keeps them
/// (`PhalaRegistry.ClusterKeys`, `ContractKeys`), where `RegisteredMessageSigners` reads them back.
///
/// Lives in the composition root because one pallet never imports another.
struct RegistryContractKeys: ContractKeyRecording {
    func recordClusterKey(_ pubkey: FixedBytes<32>, for cluster: H256, in state: inout Overlay) throws(DispatchError) {
        Registry.Storage.clusterKeys.insert(pubkey, for: cluster, in: &state)
    }

    func recordContractKey(_ pubkey: FixedBytes<32>, for contract: H256, in state: inout Overlay)
        throws(DispatchError)
    {
        Registry.Storage.contractKeys.insert(pubkey, for: contract, in: &state)
    }
}
