public import PhalaPrimitives
public import SCALE

extension PhatContracts {
    /// The pallet's events at Phala's indices.
    public enum Event: Sendable, Hashable {
        /// Index 0, `ClusterCreated{cluster, system_contract}`.
        case clusterCreated(cluster: H256, systemContract: H256)
        /// Index 1, `ClusterPubkeyAvailable{cluster, pubkey}`: the gatekeepers published the cluster's key.
        case clusterPubkeyAvailable(cluster: H256, pubkey: FixedBytes<32>)
        /// Index 2, `ClusterDeployed{cluster, pubkey, worker}`: a worker reports it runs the cluster.
        case clusterDeployed(cluster: H256, pubkey: FixedBytes<32>, worker: FixedBytes<32>)
        /// Index 3, `ClusterDeploymentFailed{cluster, worker}`: a worker could not set the cluster up.
        case clusterDeploymentFailed(cluster: H256, worker: FixedBytes<32>)
        /// Index 4, `Instantiating{contract, cluster, deployer}`: the workers were asked to instantiate.
        case instantiating(contract: H256, cluster: H256, deployer: AccountId32)
        /// Index 5, `ContractPubkeyAvailable{contract, cluster, pubkey}`: the cluster published a
        /// contract's key.
        case contractPubkeyAvailable(contract: H256, cluster: H256, pubkey: FixedBytes<32>)
        /// Index 6, `Instantiated{contract, cluster, deployer}`: the cluster instantiated the contract.
        case instantiated(contract: H256, cluster: H256, deployer: H256)
        /// Index 7, `ClusterDestroyed{cluster}`.
        case clusterDestroyed(cluster: H256)
        /// Index 8, `Transfered{cluster, account, amount}`: PHA moved into the cluster for `account`.
        case transfered(cluster: H256, account: H256, amount: Balance)
        /// Index 9, `WorkerAddedToCluster{worker, cluster}`.
        case workerAddedToCluster(worker: FixedBytes<32>, cluster: H256)
        /// Index 10, `WorkerRemovedFromCluster{worker, cluster}`.
        case workerRemovedFromCluster(worker: FixedBytes<32>, cluster: H256)

        /// The variant's name in metadata.
        public var name: String {
            switch self {
            case .clusterCreated: "ClusterCreated"
            case .clusterPubkeyAvailable: "ClusterPubkeyAvailable"
            case .clusterDeployed: "ClusterDeployed"
            case .clusterDeploymentFailed: "ClusterDeploymentFailed"
            case .instantiating: "Instantiating"
            case .contractPubkeyAvailable: "ContractPubkeyAvailable"
            case .instantiated: "Instantiated"
            case .clusterDestroyed: "ClusterDestroyed"
            case .transfered: "Transfered"
            case .workerAddedToCluster: "WorkerAddedToCluster"
            case .workerRemovedFromCluster: "WorkerRemovedFromCluster"
            }
        }
    }
}

extension PhatContracts.Event: ScaleCodable {
    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .clusterCreated(let cluster, let systemContract):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: cluster, systemContract)
        case .clusterPubkeyAvailable(let cluster, let pubkey):
            encoder.encode(variantIndex: 1)
            encoder.encode(tuple: cluster, pubkey)
        case .clusterDeployed(let cluster, let pubkey, let worker):
            encoder.encode(variantIndex: 2)
            encoder.encode(tuple: cluster, pubkey, worker)
        case .clusterDeploymentFailed(let cluster, let worker):
            encoder.encode(variantIndex: 3)
            encoder.encode(tuple: cluster, worker)
        case .instantiating(let contract, let cluster, let deployer):
            encoder.encode(variantIndex: 4)
            encoder.encode(tuple: contract, cluster, deployer)
        case .contractPubkeyAvailable(let contract, let cluster, let pubkey):
            encoder.encode(variantIndex: 5)
            encoder.encode(tuple: contract, cluster, pubkey)
        case .instantiated(let contract, let cluster, let deployer):
            encoder.encode(variantIndex: 6)
            encoder.encode(tuple: contract, cluster, deployer)
        case .clusterDestroyed(let cluster):
            encoder.encode(variantIndex: 7)
            encoder.encode(cluster)
        case .transfered(let cluster, let account, let amount):
            encoder.encode(variantIndex: 8)
            encoder.encode(tuple: cluster, account, amount)
        case .workerAddedToCluster(let worker, let cluster):
            encoder.encode(variantIndex: 9)
            encoder.encode(tuple: worker, cluster)
        case .workerRemovedFromCluster(let worker, let cluster):
            encoder.encode(variantIndex: 10)
            encoder.encode(tuple: worker, cluster)
        }
    }

    /// Reads one event; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .clusterCreated(cluster: try decoder.decode(), systemContract: try decoder.decode())
        case 1: self = .clusterPubkeyAvailable(cluster: try decoder.decode(), pubkey: try decoder.decode())
        case 2:
            let cluster: H256 = try decoder.decode()
            let pubkey: FixedBytes<32> = try decoder.decode()
            self = .clusterDeployed(cluster: cluster, pubkey: pubkey, worker: try decoder.decode())
        case 3: self = .clusterDeploymentFailed(cluster: try decoder.decode(), worker: try decoder.decode())
        case 4:
            let contract: H256 = try decoder.decode()
            let cluster: H256 = try decoder.decode()
            self = .instantiating(contract: contract, cluster: cluster, deployer: try decoder.decode())
        case 5:
            let contract: H256 = try decoder.decode()
            let cluster: H256 = try decoder.decode()
            self = .contractPubkeyAvailable(contract: contract, cluster: cluster, pubkey: try decoder.decode())
        case 6:
            let contract: H256 = try decoder.decode()
            let cluster: H256 = try decoder.decode()
            self = .instantiated(contract: contract, cluster: cluster, deployer: try decoder.decode())
        case 7: self = .clusterDestroyed(cluster: try decoder.decode())
        case 8:
            let cluster: H256 = try decoder.decode()
            let account: H256 = try decoder.decode()
            self = .transfered(cluster: cluster, account: account, amount: try decoder.decode())
        case 9: self = .workerAddedToCluster(worker: try decoder.decode(), cluster: try decoder.decode())
        case 10: self = .workerRemovedFromCluster(worker: try decoder.decode(), cluster: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: PhatContracts.Event.self)
        }
    }
}
