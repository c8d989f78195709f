public import SCALE

/// A signature tagged with its scheme, as an extrinsic carries it: Substrate's `MultiSignature`.
///
/// The bytes are not checked here; verifying a signature against a payload and an account is the
/// job of the crypto layer and the runtime.
public enum MultiSignature: Sendable, Hashable {
    /// Index 0: an ed25519 signature (RFC 8032), 64 bytes.
    case ed25519(FixedBytes<64>)
    /// Index 1: an sr25519 (schnorrkel) signature, 64 bytes.
    case sr25519(FixedBytes<64>)
    /// Index 2: a recoverable secp256k1 ECDSA signature, 65 bytes.
    case ecdsa(FixedBytes<65>)
}

extension MultiSignature: ScaleCodable {
    /// Appends the variant index and the signature bytes.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .ed25519(let signature):
            encoder.encode(variantIndex: 0)
            encoder.encode(signature)
        case .sr25519(let signature):
            encoder.encode(variantIndex: 1)
            encoder.encode(signature)
        case .ecdsa(let signature):
            encoder.encode(variantIndex: 2)
            encoder.encode(signature)
        }
    }

    /// Reads one signature; an index above 2 is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .ed25519(try decoder.decode())
        case 1: self = .sr25519(try decoder.decode())
        case 2: self = .ecdsa(try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: MultiSignature.self)
        }
    }
}
