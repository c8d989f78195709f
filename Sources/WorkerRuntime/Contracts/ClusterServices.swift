import ContractHost
import Foundation
import PhalaCrypto
import PhalaPrimitives
import Synchronization

/// The last block the enclave dispatched, readable by queries running beside block processing.
final class LatestBlock: Sendable {
    private let block = Mutex<(number: UInt32, hash: H256)>((0, .zero))

    /// The block number and hash.
    var value: (number: UInt32, hash: H256) { block.withLock { $0 } }

    /// Records a newly dispatched block.
    func update(number: UInt32, hash: H256) { block.withLock { $0 = (number, hash) } }
}

/// The per-cluster machinery that is not sealed state: the executor with its pink extension and
/// parsed-module cache, and the contracts' local cache (pink's cache is worker-local and volatile).
final class ClusterServices: Sendable {
    /// The bytes of local cache each contract may use. Pink grants quotas through the system contract;
    /// this host has none, so every contract gets this much.
    static let defaultCacheQuota = 1 << 20

    private let executors = Mutex<[H256: (executor: ContractExecutor, cache: ContractCache)]>([:])
    private let workerPublicKey: FixedBytes<32>
    private let egress: any HTTPEgress
    let latestBlock = LatestBlock()

    init(workerPublicKey: FixedBytes<32>, egress: any HTTPEgress) {
        self.workerPublicKey = workerPublicKey
        self.egress = egress
    }

    /// The executor and cache of `cluster`, made on first use.
    func services(for cluster: ContractCluster) -> (executor: ContractExecutor, cache: ContractCache) {
        executors.withLock { table in
            if let existing = table[cluster.id] { return existing }
            let cache = ContractCache { UInt64(Date().timeIntervalSince1970) }
            let environment = WorkerPinkEnvironment(
                clusterSecretKey: cluster.key.exposedValue.secretKeyBytes, workerPublicKey: workerPublicKey, cache: cache,
                egress: egress, chainHead: latestBlock)
            let created = (ContractExecutor(chainExtension: PinkExtension(environment: environment)), cache)
            table[cluster.id] = created
            return created
        }
    }
}
