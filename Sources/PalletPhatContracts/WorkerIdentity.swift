public import PhalaPrimitives
public import SCALE

/// A worker's two public keys, as a cluster deployment lists them so the gatekeepers can encrypt the
/// cluster key to each worker (Phala's `phala_types::WorkerIdentity`).
public struct WorkerIdentity: Sendable, Hashable, ScaleCodable {
    /// The worker's sr25519 identity key.
    public var pubkey: FixedBytes<32>
    /// The worker's ECDH (sr25519) key for encrypted messages.
    public var ecdhPubkey: FixedBytes<32>

    /// Sets both keys.
    /// - Parameters:
    ///   - pubkey: the identity key.
    ///   - ecdhPubkey: the ECDH key.
    public init(pubkey: FixedBytes<32>, ecdhPubkey: FixedBytes<32>) {
        self.pubkey = pubkey
        self.ecdhPubkey = ecdhPubkey
    }

    /// Appends `pubkey ‖ ecdh_pubkey`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: pubkey, ecdhPubkey)
    }

    /// Reads `pubkey ‖ ecdh_pubkey`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(pubkey: try decoder.decode(), ecdhPubkey: try decoder.decode())
    }
}
