public import PhalaPrimitives
public import SCALE

/// A cluster's public key, from the gatekeepers on `^phala/registry/cluster` (Phala's
/// `phat::ClusterRegistryEvent`).
public enum ClusterRegistryEvent: Sendable, Hashable, ScaleCodable {
    /// Index 0, `PubkeyAvailable{cluster, pubkey}`: the gatekeepers derived `cluster`'s key.
    case pubkeyAvailable(cluster: H256, pubkey: FixedBytes<32>)

    /// Appends index 0 and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .pubkeyAvailable(let cluster, let pubkey):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: cluster, pubkey)
        }
    }

    /// Reads an event; other indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard variant == 0 else { throw decoder.unknownVariant(variant, of: ClusterRegistryEvent.self) }
        self = .pubkeyAvailable(cluster: try decoder.decode(), pubkey: try decoder.decode())
    }
}
