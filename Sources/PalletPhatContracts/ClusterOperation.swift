public import PhalaPrimitives
public import SCALE

/// What the chain tells a cluster's workers on `phala/cluster/key` (Phala's
/// `ClusterOperation<AccountId32>`). Index 0, `DispatchKeys`, is the gatekeepers' key distribution and
/// never sent by the chain, so it has no case here and decodes as `.unknownVariant`.
public enum ClusterOperation: Sendable, Hashable, ScaleCodable {
    /// Index 1, `DestroyCluster(cluster_id)`: drop the cluster and everything in it.
    case destroyCluster(H256)
    /// Index 2, `UploadResource{origin, cluster_id, resource_type, resource_data}`: store uploaded code
    /// in the cluster, paid by `origin`.
    case uploadResource(origin: AccountId32, clusterId: H256, resourceType: ResourceType, resourceData: [UInt8])
    /// Index 3, `Deposit{cluster_id, account, amount}`: credit `account` in the cluster.
    case deposit(clusterId: H256, account: AccountId32, amount: UInt128)
    /// Index 4, `RemoveWorker{cluster_id, worker}`: the worker leaves the cluster (and exits).
    case removeWorker(clusterId: H256, worker: FixedBytes<32>)

    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .destroyCluster(let cluster):
            encoder.encode(variantIndex: 1)
            encoder.encode(cluster)
        case .uploadResource(let origin, let cluster, let type, let data):
            encoder.encode(variantIndex: 2)
            encoder.encode(tuple: origin, cluster, type, data)
        case .deposit(let cluster, let account, let amount):
            encoder.encode(variantIndex: 3)
            encoder.encode(tuple: cluster, account, amount)
        case .removeWorker(let cluster, let worker):
            encoder.encode(variantIndex: 4)
            encoder.encode(tuple: cluster, worker)
        }
    }

    /// Reads an operation; other indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 1: self = .destroyCluster(try decoder.decode())
        case 2:
            self = .uploadResource(
                origin: try decoder.decode(),
                clusterId: try decoder.decode(),
                resourceType: try decoder.decode(),
                resourceData: try decoder.decode()
            )
        case 3:
            self = .deposit(
                clusterId: try decoder.decode(),
                account: try decoder.decode(),
                amount: try decoder.decode()
            )
        case 4: self = .removeWorker(clusterId: try decoder.decode(), worker: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: ClusterOperation.self)
        }
    }
}
