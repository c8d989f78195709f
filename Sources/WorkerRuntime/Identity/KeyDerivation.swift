public import PhalaCrypto

/// Phala's child-key derivation, `derive_sr25519_pair` (crates/phala-crypto/src/sr25519.rs; phala-facts §1.1).
///
/// `seed = HKDF-SHA256(ikm: parent's 64-byte expanded secret (scalar ‖ nonce), salt: salt, info: info[0] ‖
/// info[1] ‖ …, length 32)`; the child is `Sr25519.KeyPair(miniSecret: seed)` (Substrate's `Pair::from_seed`).
/// Every cluster, contract, randomness and IV key descends from the master key this way (§2.5).
public enum KeyDerivation {
    /// HKDF salt: the fixed 32 bytes Phala calls "Phala PoC-4 genesis hash".
    public static let salt: [UInt8] = [
        0x18, 0xe8, 0x76, 0xad, 0xfa, 0x74, 0xcc, 0x74, 0x3b, 0x4b, 0x7d, 0x7f, 0x92, 0xc9, 0x6e, 0x03,
        0xde, 0x55, 0x9a, 0x3c, 0x15, 0x27, 0x05, 0x81, 0xfc, 0xe4, 0x45, 0x96, 0x3d, 0x90, 0xf8, 0x5e,
    ]

    /// Derives a child key of `parent` for the purpose named by `info`.
    /// - Parameters:
    ///   - parent: the parent key pair.
    ///   - info: byte strings concatenated into HKDF's info, e.g. `["cluster_key", clusterID]`.
    /// - Returns: the child key pair; the same inputs always give the same child.
    public static func derive(_ parent: Sr25519.KeyPair, info: [[UInt8]]) -> Sr25519.KeyPair {
        let seed = HKDFSHA256.deriveKey(
            inputKeyMaterial: parent.secretKeyBytes,
            salt: salt,
            info: info.flatMap { $0 },
            outputByteCount: 32
        )
        do {
            return try Sr25519.KeyPair(miniSecret: seed)
        } catch {
            preconditionFailure("HKDF returned \(seed.count) bytes for a 32-byte seed")
        }
    }
}
