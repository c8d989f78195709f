public import RuntimeSupport

/// The Phat Contracts pallet: contract clusters, the workers that run them and the pink-system code new
/// clusters start with (Phala's `PhalaPhatContracts`, pallets/phala/src/phat.rs; phala-facts.md §6).
///
/// ## Overview
/// Governance sets the pink-system contract code (`setPinkSystemCode`) and the pink runtime version
/// (`setPinkRuntimeVersion`), then creates clusters (`addCluster`): each gets the next id of `ClusterCounter`, a system contract whose id follows pink's
/// formula (pink-abi.md §6.4), the owner's deposit moved to the cluster account, and a
/// `ClusterEvent.deployCluster` on `phala/cluster/event` for the gatekeepers, which distribute the
/// cluster key to the listed workers.
///
/// Users move PHA into a cluster (`transferToCluster`: `ClusterOperation.deposit` on
/// `phala/cluster/key`), upload code to it (`clusterUploadResource`: `ClusterOperation.uploadResource`),
/// ask its workers to instantiate contracts (`instantiateContract`: the contract id by pink's formula is
/// recorded in `Contracts`, `ContractOperation.instantiateCode` goes out on `phala/contract/op`) and send
/// contracts commands (`pushContractMessage`: from `MessageOrigin.accountId(sender)` on
/// `phala/contract/<hex id>/command`). The owner adds and removes workers (`addWorkerToCluster`,
/// `removeWorkerFromCluster`, the latter telling the worker with `ClusterOperation.removeWorker`); root
/// destroys clusters (`clusterDestroy`, `ClusterOperation.destroyCluster`).
///
/// Back from off chain (`handle(_:in:)`): the gatekeepers' cluster keys on `^phala/registry/cluster`,
/// the clusters' contract keys on `^phala/registry/contract` and the workers' deployment reports on
/// `phala/cluster/worker/report`.
///
/// ## Assumptions
/// - `set_pink_system_code` takes effect at once (Phala applies it in the next block's
///   `on_initialize`), so a cluster can be added in the block after the code was set or in the same one.
/// - Call 10 (`cleanup_removed_workers`, a fix for one of Phala's migrations) is not implemented; it
///   decodes as unknown.
/// - Contract keys arrive from `MessageOrigin.cluster`, whose signature the message queue checks against
///   the cluster key recorded before.
///
/// ## Storage (prefix `"PhalaPhatContracts"`)
/// - `ClusterCounter`: clusters created, the latest id; `Clusters`: id → `ClusterInfo`.
/// - `ClusterWorkers`: id → workers; `ClusterByWorkers`: worker → its one cluster (the zero id once
///   removed); `ClusterContracts`: id → the contracts its workers reported.
/// - `Contracts`: contract id → deployer and cluster.
/// - `PinkSystemCode`: (version, code); `PinkSystemCodeHash`: blake2-256 of the code;
///   `PinkRuntimeVersion`: (major, minor) for new clusters.
/// - Cluster and contract public keys live in the registry (`PhalaRegistry.ClusterKeys`, `ContractKeys`),
///   as in Phala; this pallet records them through `ContractKeyRecording`.
public struct PhatContracts: Pallet {
    /// The pallet's name and storage prefix, and the pallet origin of its messages.
    public static let name = "PhalaPhatContracts"

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// Where events go (System).
    public let events: any EventDepositing
    /// PHA balances, for cluster deposits (Balances).
    public let currency: any Currency
    /// What the registry knows about workers.
    public let workers: any ClusterWorkerReading
    /// Where messages to gatekeepers and workers go (the message queue).
    public let messages: any PhatContractsMessagePublishing
    /// Where announced cluster and contract keys are recorded (the registry).
    public let keys: any ContractKeyRecording

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - events: the event sink.
    ///   - currency: balances, for the deposits.
    ///   - workers: the registry's view of workers.
    ///   - messages: the outlet for messages.
    ///   - keys: the record of cluster and contract keys.
    public init(
        index: UInt8,
        events: any EventDepositing,
        currency: any Currency,
        workers: any ClusterWorkerReading,
        messages: any PhatContractsMessagePublishing,
        keys: any ContractKeyRecording
    ) {
        self.index = index
        self.events = events
        self.currency = currency
        self.workers = workers
        self.messages = messages
        self.keys = keys
    }

    /// Records one of the pallet's events.
    func deposit(_ event: Event, in state: inout Overlay) throws(DispatchError) {
        try events.deposit(encodedEvent(event), in: &state)
    }
}
