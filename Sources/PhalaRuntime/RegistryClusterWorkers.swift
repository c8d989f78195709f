import PalletPhatContracts
import PalletRegistry
import PhalaPrimitives
import RuntimeSupport

/// Phat Contracts' view of the worker registry, read from Registry's storage (Phala's `add_cluster`
/// reads `registry::Workers` directly).
struct RegistryClusterWorkers: ClusterWorkerReading {
    /// The worker's identity and ECDH keys from `PhalaRegistry.Workers`.
    func identity(of pubkey: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) -> WorkerIdentity? {
        guard let info = try Registry.Storage.workers.get(pubkey, in: &state) else { return nil }
        return WorkerIdentity(pubkey: info.pubkey, ecdhPubkey: info.ecdhPubkey)
    }
}
