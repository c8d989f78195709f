public import PhalaPrimitives
public import SCALE

/// A new contract's public key, from its cluster on `^phala/registry/contract` (Phala's
/// `phat::ContractRegistryEvent`).
public enum ContractRegistryEvent: Sendable, Hashable, ScaleCodable {
    /// Index 0, `PubkeyAvailable{contract, pubkey, deployer}`: the cluster instantiated `contract`;
    /// `deployer` is the account or contract that deployed it, as 32 bytes.
    case pubkeyAvailable(contract: H256, pubkey: FixedBytes<32>, deployer: H256)

    /// Appends index 0 and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .pubkeyAvailable(let contract, let pubkey, let deployer):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: contract, pubkey, deployer)
        }
    }

    /// Reads an event; other indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard variant == 0 else { throw decoder.unknownVariant(variant, of: ContractRegistryEvent.self) }
        self = .pubkeyAvailable(
            contract: try decoder.decode(),
            pubkey: try decoder.decode(),
            deployer: try decoder.decode()
        )
    }
}
