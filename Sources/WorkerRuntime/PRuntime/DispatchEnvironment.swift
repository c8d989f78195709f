import ContractHost
import EnclaveAPI

/// What block processing needs besides the deterministic state: the worker's keys, its benchmark, and
/// sealed storage for the master key (written the moment it changes, before any checkpoint, so a key
/// published on chain is never lost in a crash).
struct DispatchEnvironment {
    /// This worker's identity.
    let identity: WorkerIdentity
    /// The CPU benchmark.
    let benchmark: any IterationCounting
    /// Seals the master key history.
    let sealMasterKeys: (GatekeeperKeys) throws(EnclaveError) -> Void
    /// The master key history sealed earlier, if any.
    let sealedMasterKeys: () -> GatekeeperKeys?
    /// Executors, pink environments and local caches of this worker's clusters.
    let clusterServices: ClusterServices
}
