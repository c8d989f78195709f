import PalletComputation
import PalletPhatContracts
import PalletRegistry
import PhalaPrimitives
import RuntimeSupport

/// The worker registry as the other pallets see it, read from Registry's storage (Phala's computation,
/// stake pool and phat pallets read `registry::Workers` directly).
struct RegistryWorkers: WorkerRegistryReading {
    /// The worker's operator, initial score and confidence level from `PhalaRegistry.Workers`.
    func worker(_ pubkey: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) -> RegisteredWorker? {
        guard let info = try Registry.Storage.workers.get(pubkey, in: &state) else { return nil }
        return RegisteredWorker(
            operator: info.operator,
            initialScore: info.initialScore,
            confidenceLevel: info.confidenceLevel
        )
    }

    /// `WorkerAddedAt[pubkey] > GatekeeperLaunchedAt.block`; false when either is absent.
    func isRegisteredAfterGatekeeperLaunch(_ pubkey: FixedBytes<32>, in state: inout Overlay) throws(DispatchError)
        -> Bool
    {
        guard let added = try Registry.Storage.workerAddedAt.get(pubkey, in: &state),
            let launch = try Registry.Storage.gatekeeperLaunchedAt.get(in: &state)
        else { return false }
        return added > launch.block
    }
}

extension RegistryWorkers: ClusterWorkerReading {
    /// The worker's identity and ECDH key from `PhalaRegistry.Workers`, for Phat Contracts' `add_cluster`.
    func identity(of pubkey: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) -> WorkerIdentity? {
        guard let info = try Registry.Storage.workers.get(pubkey, in: &state) else { return nil }
        return WorkerIdentity(pubkey: info.pubkey, ecdhPubkey: info.ecdhPubkey)
    }
}
