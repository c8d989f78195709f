public import PhalaPrimitives
public import SCALE

extension PhatContracts {
    /// The pallet's events at Phala's indices (1–8 belong to parts not implemented yet).
    public enum Event: Sendable, Hashable {
        /// Index 0, `ClusterCreated{cluster, system_contract}`.
        case clusterCreated(cluster: H256, systemContract: H256)

        /// The variant's name in metadata.
        public var name: String {
            switch self {
            case .clusterCreated: "ClusterCreated"
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
        }
    }

    /// Reads one event; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .clusterCreated(cluster: try decoder.decode(), systemContract: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: PhatContracts.Event.self)
        }
    }
}
