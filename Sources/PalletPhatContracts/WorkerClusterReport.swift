public import PhalaPrimitives
public import SCALE

/// What a worker reports after trying to deploy a cluster, on `phala/cluster/worker/report` (Phala's
/// `WorkerClusterReport`); the chain only turns it into an event.
public enum WorkerClusterReport: Sendable, Hashable, ScaleCodable {
    /// Index 0, `ClusterDeployed{id, pubkey}`: the worker runs the cluster, whose key is `pubkey`.
    case clusterDeployed(id: H256, pubkey: FixedBytes<32>)
    /// Index 1, `ClusterDeploymentFailed{id}`: the worker could not set the cluster up.
    case clusterDeploymentFailed(id: H256)

    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .clusterDeployed(let id, let pubkey):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: id, pubkey)
        case .clusterDeploymentFailed(let id):
            encoder.encode(variantIndex: 1)
            encoder.encode(id)
        }
    }

    /// Reads a report; other indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .clusterDeployed(id: try decoder.decode(), pubkey: try decoder.decode())
        case 1: self = .clusterDeploymentFailed(id: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: WorkerClusterReport.self)
        }
    }
}
