public import PhalaPrimitives
public import SCALE

/// Who may deploy contracts in a cluster (Phala's `ClusterPermission`).
public enum ClusterPermission: Sendable, Hashable, ScaleCodable {
    /// Index 0: anyone.
    case `public`
    /// Index 1: only this account.
    case onlyOwner(AccountId32)

    /// Whether `account` may deploy in a cluster with this permission.
    /// - Parameter account: the deployer.
    /// - Returns: true for `.public`, or when `account` is the owner.
    public func allows(_ account: AccountId32) -> Bool {
        switch self {
        case .public: true
        case .onlyOwner(let owner): owner == account
        }
    }

    /// Appends the variant index and the owner for `.onlyOwner`.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .public: encoder.encode(variantIndex: 0)
        case .onlyOwner(let owner):
            encoder.encode(variantIndex: 1)
            encoder.encode(owner)
        }
    }

    /// Reads a permission; other indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .public
        case 1: self = .onlyOwner(try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: ClusterPermission.self)
        }
    }
}
