public import PhalaCrypto
public import SCALE

/// What a worker publishes about its keys: who it is on chain and where to send it secrets.
///
/// In Phala both keys are the same point (the ECDH key is the identity secret, phala-facts §1.1), but
/// they are separate fields on chain (`WorkerInfo.pubkey`, `ecdh_pubkey`), so they are here too.
/// SCALE: identity public key (32 bytes) ‖ ECDH public key (32 bytes).
public struct WorkerPublicInfo: Sendable, Hashable, ScaleCodable {
    /// The sr25519 identity public key: the worker's `WorkerPublicKey` and MQ origin.
    public let identityPublicKey: Sr25519.PublicKey
    /// The public key others encrypt secrets to (master key handover, cluster keys).
    public let ecdhPublicKey: Sr25519.PublicKey

    /// Bundles the two public keys.
    /// - Parameters:
    ///   - identityPublicKey: the sr25519 identity key.
    ///   - ecdhPublicKey: the ECDH public key.
    public init(identityPublicKey: Sr25519.PublicKey, ecdhPublicKey: Sr25519.PublicKey) {
        self.identityPublicKey = identityPublicKey
        self.ecdhPublicKey = ecdhPublicKey
    }

    /// Writes both keys' 32 bytes.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.append(identityPublicKey.bytes)
        encoder.append(ecdhPublicKey.bytes)
    }

    /// Reads both keys.
    /// - Throws: `ScaleDecodingError` when input ends early or a key is not a valid point.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        identityPublicKey = try decoder.decodeSr25519PublicKey()
        ecdhPublicKey = try decoder.decodeSr25519PublicKey()
    }
}
