import PhalaCrypto

/// The AES-256-GCM sealing layout shared by sealing providers whose key is 32 bytes in memory.
///
/// Layout, version 1: `0x01` ‖ key id (8 bytes) ‖ nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes). The key id
/// is `blake2_256("phala-sealing-key-id" ‖ key)[0..<8]`, so a wrong key is reported as such instead of as
/// tampering; it reveals nothing useful about the key. The AEAD's associated data is the 21-byte header
/// followed by the caller's associated data. Nonces are random (96 bits), from the system generator.
struct SealingKey: Sendable {
    /// The layout version written and read.
    static let version: UInt8 = 1
    /// Version, key id and nonce.
    static let headerByteCount = 1 + 8 + 12
    /// The shortest sealed value: header and tag around nothing.
    static let minimumByteCount = headerByteCount + AES256GCM.tagByteCount

    /// The 32 key bytes.
    let bytes: Secret<[UInt8]>
    /// The 8-byte key id written in every header.
    let identifier: [UInt8]

    init(bytes: Secret<[UInt8]>) {
        precondition(bytes.exposedValue.count == AES256GCM.keyByteCount, "a sealing key is 32 bytes")
        self.bytes = bytes
        identifier = Array(Hashing.blake2_256(Array("phala-sealing-key-id".utf8) + bytes.exposedValue).prefix(8))
    }

    func seal(_ plaintext: [UInt8], associatedData: [UInt8], nonce: [UInt8]) -> [UInt8] {
        let header = [Self.version] + identifier + nonce
        do {
            return header
                + (try AES256GCM.seal(
                    plaintext,
                    key: bytes.exposedValue,
                    nonce: nonce,
                    associatedData: header + associatedData
                ))
        } catch {
            preconditionFailure("AES-256-GCM refused a 32-byte key and \(nonce.count)-byte nonce: \(error)")
        }
    }

    func unseal(_ sealed: [UInt8], associatedData: [UInt8]) throws(SealingError) -> [UInt8] {
        guard let version = sealed.first else { throw .truncated(length: 0, minimum: Self.minimumByteCount) }
        guard version == Self.version else { throw .unsupportedVersion(version) }
        guard sealed.count >= Self.minimumByteCount else {
            throw .truncated(length: sealed.count, minimum: Self.minimumByteCount)
        }
        guard Array(sealed[1..<9]) == identifier else { throw .wrongKey }
        let header = Array(sealed[..<Self.headerByteCount])
        do {
            return try AES256GCM.open(
                Array(sealed[Self.headerByteCount...]),
                key: bytes.exposedValue,
                nonce: Array(sealed[9..<21]),
                associatedData: header + associatedData
            )
        } catch {
            throw .tampered
        }
    }
}
