import Crypto

/// SHA-256, for hosts and protocols that need it by name (pallet-contracts' `hash_sha2_256`).
public enum SHA2_256 {
    /// The 32-byte SHA-256 digest of `data`.
    /// - Parameter data: the bytes to hash.
    /// - Returns: 32 bytes.
    public static func hash(_ data: [UInt8]) -> [UInt8] {
        Array(Crypto.SHA256.hash(data: data))
    }
}
