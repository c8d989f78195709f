public import PhalaPrimitives
public import SCALE

extension PhatContracts {
    /// The pallet's events at Phala's indices (1–3 and 5–7 belong to parts not implemented yet).
    public enum Event: Sendable, Hashable {
        /// Index 0, `ClusterCreated{cluster, system_contract}`.
        case clusterCreated(cluster: H256, systemContract: H256)
        /// Index 4, `Instantiating{contract, cluster, deployer}`: the workers were asked to instantiate.
        case instantiating(contract: H256, cluster: H256, deployer: AccountId32)
        /// Index 8, `Transfered{cluster, account, amount}`: PHA moved into the cluster for `account`.
        case transfered(cluster: H256, account: H256, amount: Balance)

        /// The variant's name in metadata.
        public var name: String {
            switch self {
            case .clusterCreated: "ClusterCreated"
            case .instantiating: "Instantiating"
            case .transfered: "Transfered"
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
        case .instantiating(let contract, let cluster, let deployer):
            encoder.encode(variantIndex: 4)
            encoder.encode(tuple: contract, cluster, deployer)
        case .transfered(let cluster, let account, let amount):
            encoder.encode(variantIndex: 8)
            encoder.encode(tuple: cluster, account, amount)
        }
    }

    /// Reads one event; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .clusterCreated(cluster: try decoder.decode(), systemContract: try decoder.decode())
        case 4:
            let contract: H256 = try decoder.decode()
            let cluster: H256 = try decoder.decode()
            self = .instantiating(contract: contract, cluster: cluster, deployer: try decoder.decode())
        case 8:
            self = .transfered(
                cluster: try decoder.decode(),
                account: try decoder.decode(),
                amount: try decoder.decode()
            )
        default: throw decoder.unknownVariant(variant, of: PhatContracts.Event.self)
        }
    }
}
