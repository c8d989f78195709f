import Messaging
import PhalaCrypto
public import PhalaPrimitives
import RuntimeSupport
import SCALE

// The governance side of clusters: creating and destroying them, the system code they start with, and
// the cluster owners' worker bookkeeping.

extension PhatContracts {
    /// The id every removed worker is parked at in `ClusterByWorkers`, so it never joins a cluster again
    /// (Phala's `ContractClusterId::from_low_u64_be(0)`).
    public static let removedWorkersCluster = H256(.zero)

    /// `add_cluster` after the origin check: `cluster` carries everything but the system contract.
    func addCluster(
        _ cluster: ClusterInfo,
        workers pubkeys: [FixedBytes<32>],
        deposit: Balance,
        treasuryAccount: AccountId32,
        in state: inout Overlay
    ) throws(DispatchError) {
        guard !pubkeys.isEmpty else { throw dispatchError(Error.noWorkerSpecified) }
        var identities: [WorkerIdentity] = []
        for (position, pubkey) in pubkeys.enumerated() {
            guard let identity = try workers.identity(of: pubkey, in: &state) else {
                throw dispatchError(Error.workerNotFound)
            }
            guard try !Storage.clusterByWorkers.contains(pubkey, in: &state), !pubkeys[..<position].contains(pubkey)
            else { throw dispatchError(Error.duplicatedDeployment) }
            identities.append(identity)
        }
        guard let codeHash = try Storage.pinkSystemCodeHash.get(in: &state) else {
            throw dispatchError(Error.noPinkSystemCode)
        }
        let counter = try Storage.clusterCounter.value(in: &state) + 1
        Storage.clusterCounter.set(counter, in: &state)
        let id = H256(FixedBytes(known: [UInt8](repeating: 0, count: 24) + counter.bigEndianBytes))
        var info = cluster
        info.systemContract = Self.contractId(deployer: info.owner, codeHash: codeHash.raw.bytes, cluster: id, salt: [])
        Storage.clusters.insert(info, for: id, in: &state)
        Storage.clusterWorkers.insert(pubkeys, for: id, in: &state)
        for pubkey in pubkeys { Storage.clusterByWorkers.insert(id, for: pubkey, in: &state) }
        try self.deposit(.clusterCreated(cluster: id, systemContract: info.systemContract), in: &state)
        if deposit > .zero {
            try currency.withdraw(deposit, from: info.owner, keepAlive: true, in: &state)
            try currency.deposit(deposit, into: Self.clusterAccount(id), in: &state)
        }
        let event = ClusterEvent.DeployCluster(
            owner: info.owner,
            cluster: id,
            workers: identities,
            deposit: deposit.planck,
            gasPrice: info.gasPrice,
            depositPerItem: info.depositPerItem,
            depositPerByte: info.depositPerByte,
            treasuryAccount: treasuryAccount
        )
        try messages.publish(ClusterEvent.deployCluster(event).scaleEncoded(), to: .clusterEvent, in: &state)
    }

    /// `cluster_destroy` after the origin check: only the `Clusters` record goes (as in Phala, the
    /// workers stay parked at the cluster id), then `ClusterOperation.destroyCluster` on
    /// `phala/cluster/key` and `ClusterDestroyed`.
    func destroyCluster(_ cluster: H256, in state: inout Overlay) throws(DispatchError) {
        guard try Storage.clusters.contains(cluster, in: &state) else { throw dispatchError(Error.clusterNotFound) }
        Storage.clusters.remove(cluster, in: &state)
        try messages.publish(ClusterOperation.destroyCluster(cluster).scaleEncoded(), to: .clusterKey, in: &state)
        try deposit(.clusterDestroyed(cluster: cluster), in: &state)
    }

    /// `set_pink_system_code` after the origin check. Phala applies the code in the next block's
    /// `on_initialize`; here it takes effect at once.
    func setPinkSystemCode(_ code: [UInt8], in state: inout Overlay) throws(DispatchError) {
        guard code.count <= Self.inkCodeSizeLimit else { throw dispatchError(Error.payloadTooLarge) }
        let version = try Storage.pinkSystemCode.value(in: &state).version
        Storage.pinkSystemCode.set(PinkSystemCode(version: version &+ 1, code: code), in: &state)
        Storage.pinkSystemCodeHash.set(H256(FixedBytes(known: Hashing.blake2_256(code))), in: &state)
    }

    /// `add_worker_to_cluster`: bookkeeping only (phala-facts.md §6.4): the new worker receives the
    /// cluster from an existing one off chain, so no message is sent.
    func addWorker(_ worker: FixedBytes<32>, to cluster: H256, by sender: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        try ensureOwner(sender, of: cluster, in: &state)
        guard try workers.identity(of: worker, in: &state) != nil else { throw dispatchError(Error.workerNotFound) }
        guard try !Storage.clusterByWorkers.contains(worker, in: &state) else {
            throw dispatchError(Error.workerIsBusy)
        }
        Storage.clusterByWorkers.insert(cluster, for: worker, in: &state)
        Storage.clusterWorkers.insert(
            try Storage.clusterWorkers.value(cluster, in: &state) + [worker],
            for: cluster,
            in: &state
        )
        try deposit(.workerAddedToCluster(worker: worker, cluster: cluster), in: &state)
    }

    /// `remove_worker_from_cluster`: the worker is parked at `removedWorkersCluster`, leaves
    /// `ClusterWorkers`, and is told with `ClusterOperation.removeWorker` on `phala/cluster/key`.
    func removeWorker(_ worker: FixedBytes<32>, from cluster: H256, by sender: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        try ensureOwner(sender, of: cluster, in: &state)
        guard try Storage.clusterByWorkers.get(worker, in: &state) == cluster else {
            throw dispatchError(Error.workerNotFound)
        }
        Storage.clusterByWorkers.insert(Self.removedWorkersCluster, for: worker, in: &state)
        let remaining = try Storage.clusterWorkers.value(cluster, in: &state).filter { $0 != worker }
        Storage.clusterWorkers.insert(remaining, for: cluster, in: &state)
        try deposit(.workerRemovedFromCluster(worker: worker, cluster: cluster), in: &state)
        let operation = ClusterOperation.removeWorker(clusterId: cluster, worker: worker)
        try messages.publish(operation.scaleEncoded(), to: .clusterKey, in: &state)
    }

    /// Throws `ClusterNotFound` for an unknown cluster and `ClusterPermissionDenied` unless `sender`
    /// owns it.
    private func ensureOwner(_ sender: AccountId32, of cluster: H256, in state: inout Overlay) throws(DispatchError) {
        guard let info = try Storage.clusters.get(cluster, in: &state) else {
            throw dispatchError(Error.clusterNotFound)
        }
        guard info.owner == sender else { throw dispatchError(Error.clusterPermissionDenied) }
    }
}

extension UInt64 {
    /// The eight bytes, most significant first (Phala's `H256::from_low_u64_be`).
    fileprivate var bigEndianBytes: [UInt8] { (0..<8).reversed().map { UInt8(truncatingIfNeeded: self >> ($0 * 8)) } }
}
