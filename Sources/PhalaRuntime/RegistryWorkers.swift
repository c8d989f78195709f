import PalletComputation
import PalletRegistry
import PhalaPrimitives
import RuntimeSupport

/// Computation's view of the worker registry, read from Registry's storage (Phala's computation pallet
/// reads `registry::Workers` and calls `is_worker_registered_after_gk_launched` directly).
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
