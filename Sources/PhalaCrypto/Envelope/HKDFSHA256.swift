import Crypto

/// HKDF with SHA-256 (RFC 5869): turns key material into keys bound to a purpose (`info`).
///
/// A thin byte-array wrapper over swift-crypto's HKDF, so that layers above PhalaCrypto derive keys
/// without importing Crypto themselves.
public enum HKDFSHA256 {
    /// Derives `outputByteCount` bytes of key material (extract, then expand).
    /// - Parameters:
    ///   - inputKeyMaterial: the secret to derive from.
    ///   - salt: the extract step's salt (may be empty).
    ///   - info: the purpose the key is bound to.
    ///   - outputByteCount: how many bytes to produce, at most 255 × 32.
    /// - Returns: the derived bytes.
    public static func deriveKey(
        inputKeyMaterial: [UInt8],
        salt: [UInt8],
        info: [UInt8],
        outputByteCount: Int
    ) -> [UInt8] {
        precondition(outputByteCount > 0 && outputByteCount <= 255 * 32, "HKDF-SHA256 output is 1...8160 bytes")
        let key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: inputKeyMaterial),
            salt: salt,
            info: info,
            outputByteCount: outputByteCount
        )
        return key.withUnsafeBytes { Array($0) }
    }
}
