public import SCALE

/// A signed contract query encrypted to one worker, as it travels through the worker's untrusted host:
/// the host sees only a fresh public key, an IV and ciphertext.
///
/// Made by `ContractQueryCipher.seal` and read by `ContractQueryCipher.open` inside the enclave.
///
/// SCALE: `ephemeral_public_key [u8; 32] ‖ iv [u8; 12] ‖ ciphertext Vec<u8>`.
public struct EncryptedContractQuery: Sendable, Hashable {
    /// The sender's one-time sr25519 public key, agreed with the worker's key to make the session keys.
    public var ephemeralPublicKey: FixedBytes<32>
    /// The AES-256-GCM IV.
    public var iv: FixedBytes<12>
    /// AES-256-GCM of SCALE(`SignedContractQuery`), followed by the 16-byte tag.
    public var ciphertext: [UInt8]

    /// Wraps the parts of an encrypted query.
    /// - Parameters:
    ///   - ephemeralPublicKey: the sender's one-time public key.
    ///   - iv: the AES-GCM IV.
    ///   - ciphertext: the ciphertext and tag.
    public init(ephemeralPublicKey: FixedBytes<32>, iv: FixedBytes<12>, ciphertext: [UInt8]) {
        self.ephemeralPublicKey = ephemeralPublicKey
        self.iv = iv
        self.ciphertext = ciphertext
    }
}

extension EncryptedContractQuery: ScaleCodable {
    /// Appends `ephemeral_public_key ‖ iv ‖ ciphertext`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: ephemeralPublicKey, iv, ciphertext)
    }

    /// Reads `ephemeral_public_key ‖ iv ‖ ciphertext`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        ephemeralPublicKey = try decoder.decode()
        iv = try decoder.decode()
        ciphertext = try decoder.decode()
    }
}
