public import Messaging
import PhalaPrimitives
public import RuntimeSupport
import SCALE

extension PhatContracts {
    /// Handles an authenticated message from the message queue (Phala's router entries
    /// `on_worker_cluster_message_received`, `on_cluster_message_received` and
    /// `on_contract_message_received`, after Computation's). Other topics are ignored.
    ///
    /// - `phala/cluster/worker/report`, from a worker: `WorkerClusterReport` → `ClusterDeployed` or
    ///   `ClusterDeploymentFailed` (nothing stored, as in Phala).
    /// - `^phala/registry/cluster`, from the gatekeepers: `ClusterRegistryEvent.pubkeyAvailable` →
    ///   `PhalaRegistry.ClusterKeys` (overwritten by a later key), `ClusterPubkeyAvailable`.
    /// - `^phala/registry/contract`, from a cluster: `ContractRegistryEvent.pubkeyAvailable` →
    ///   `PhalaRegistry.ContractKeys`, `ContractPubkeyAvailable`, the contract appended to
    ///   `ClusterContracts`, a `Contracts` record when none exists (a contract deployed by another
    ///   contract), `Instantiated`.
    ///
    /// Failure conditions: a message on one of these topics from another origin — `InvalidSender`; a
    /// payload that does not decode — `DispatchError.other("MessageCodecError")`, Phala router's error.
    /// - Parameters:
    ///   - message: the message, its signature and sequence already checked.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above; the message queue rolls back this handler's writes.
    public func handle(_ message: Message, in state: inout Overlay) throws(DispatchError) {
        switch message.destination {
        case .clusterWorkerReport:
            guard case .worker(let worker) = message.sender else { throw dispatchError(Error.invalidSender) }
            switch try decode(WorkerClusterReport.self, from: message.payload) {
            case .clusterDeployed(let cluster, let pubkey):
                try deposit(.clusterDeployed(cluster: cluster, pubkey: pubkey, worker: worker), in: &state)
            case .clusterDeploymentFailed(let cluster):
                try deposit(.clusterDeploymentFailed(cluster: cluster, worker: worker), in: &state)
            }
        case .clusterRegistryEvent:
            guard message.sender == .gatekeeper else { throw dispatchError(Error.invalidSender) }
            switch try decode(ClusterRegistryEvent.self, from: message.payload) {
            case .pubkeyAvailable(let cluster, let pubkey):
                try keys.recordClusterKey(pubkey, for: cluster, in: &state)
                try deposit(.clusterPubkeyAvailable(cluster: cluster, pubkey: pubkey), in: &state)
            }
        case .contractRegistryEvent:
            guard case .cluster(let cluster) = message.sender else { throw dispatchError(Error.invalidSender) }
            switch try decode(ContractRegistryEvent.self, from: message.payload) {
            case .pubkeyAvailable(let contract, let pubkey, let deployer):
                try recordInstantiation(of: contract, in: cluster, pubkey: pubkey, deployer: deployer, in: &state)
            }
        default: return
        }
    }

    /// The chain's side of a contract instantiated by its cluster.
    private func recordInstantiation(
        of contract: H256,
        in cluster: H256,
        pubkey: FixedBytes<32>,
        deployer: H256,
        in state: inout Overlay
    ) throws(DispatchError) {
        try keys.recordContractKey(pubkey, for: contract, in: &state)
        try deposit(.contractPubkeyAvailable(contract: contract, cluster: cluster, pubkey: pubkey), in: &state)
        let contracts = try Storage.clusterContracts.value(cluster, in: &state)
        Storage.clusterContracts.insert(contracts + [contract], for: cluster, in: &state)
        if try !Storage.contracts.contains(contract, in: &state) {
            let info = BasicContractInfo(deployer: AccountId32(deployer.raw), cluster: cluster)
            Storage.contracts.insert(info, for: contract, in: &state)
        }
        try deposit(.instantiated(contract: contract, cluster: cluster, deployer: deployer), in: &state)
    }

    /// Decodes a message payload, failing as Phala's router does.
    private func decode<Payload: ScaleDecodable>(_ type: Payload.Type, from payload: [UInt8]) throws(DispatchError)
        -> Payload
    {
        do { return try Payload(scaleDecoding: payload) } catch { throw .other("MessageCodecError") }
    }
}
