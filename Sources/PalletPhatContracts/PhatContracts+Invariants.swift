import PhalaPrimitives
public import RuntimeSupport

extension PhatContracts {
    /// A broken rule of Phat Contracts' state, found by `checkInvariants(in:)`.
    public struct InvariantViolation: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, naming the cluster or worker.
        public let description: String
    }

    /// Checks the rules Phat Contracts' state must always follow (FRAME's `try_state`), for tests to run
    /// after every dispatch: no cluster id is above `ClusterCounter`, each cluster lists a worker once,
    /// and `ClusterWorkers` and `ClusterByWorkers` agree both ways (a removed worker, parked at
    /// `removedWorkersCluster`, is in no list).
    /// - Parameter state: the state to check.
    /// - Throws: `InvariantViolation` for the first broken rule; `DispatchError` when the state cannot
    ///   be read.
    public func checkInvariants(in state: inout Overlay) throws -> Void {
        let counter = try Storage.clusterCounter.value(in: &state)
        for (cluster, _) in try Storage.clusters.entries(in: &state) {
            let bytes = cluster.raw.bytes
            let number = bytes[24...].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            guard bytes[..<24].allSatisfy({ $0 == 0 }), number >= 1, number <= counter else {
                throw InvariantViolation(description: "cluster \(cluster) was not counted by ClusterCounter \(counter)")
            }
        }
        for (cluster, workers) in try Storage.clusterWorkers.entries(in: &state) {
            if Set(workers).count != workers.count {
                throw InvariantViolation(description: "cluster \(cluster) lists a worker twice")
            }
            for worker in workers where try Storage.clusterByWorkers.get(worker, in: &state) != cluster {
                throw InvariantViolation(description: "worker \(worker) of cluster \(cluster) is recorded elsewhere")
            }
        }
        for (worker, cluster) in try Storage.clusterByWorkers.entries(in: &state)
        where cluster != Self.removedWorkersCluster {
            guard try Storage.clusterWorkers.value(cluster, in: &state).contains(worker) else {
                throw InvariantViolation(
                    description: "worker \(worker) is recorded in cluster \(cluster), not listed there"
                )
            }
        }
    }
}
