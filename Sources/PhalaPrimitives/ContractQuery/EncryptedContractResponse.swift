public import SCALE

/// A worker's answer to an encrypted contract query, readable only by the query's sender.
///
/// Made by `ContractQuerySession.sealResponse` in the enclave and read by
/// `ContractQuerySession.openResponse` on the client. Only a holder of the worker's key can make one
/// that opens, so it needs no separate signature.
///
/// SCALE: `iv [u8; 12] ‖ ciphertext Vec<u8>`.
public struct EncryptedContractResponse: Sendable, Hashable {
    /// The AES-256-GCM IV, fresh for every response.
    public var iv: FixedBytes<12>
    /// AES-256-GCM of the response bytes, followed by the 16-byte tag.
    public var ciphertext: [UInt8]

    /// Wraps the parts of an encrypted response.
    /// - Parameters:
    ///   - iv: the AES-GCM IV.
    ///   - ciphertext: the ciphertext and tag.
    public init(iv: FixedBytes<12>, ciphertext: [UInt8]) {
        self.iv = iv
        self.ciphertext = ciphertext
    }
}

extension EncryptedContractResponse: ScaleCodable {
    /// Appends `iv ‖ ciphertext`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: iv, ciphertext)
    }

    /// Reads `iv ‖ ciphertext`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        iv = try decoder.decode()
        ciphertext = try decoder.decode()
    }
}
