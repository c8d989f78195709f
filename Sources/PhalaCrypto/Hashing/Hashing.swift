/// Substrate's storage hashers (`frame_support::Blake2_128Concat`, `Twox128`, ...), which turn map keys
/// and pallet/item names into trie keys.
///
/// A storage key is `twox128(pallet prefix) ‖ twox128(item name) ‖ hasher(SCALE(key))…`. The
/// `…Concat` hashers append the input after the digest so keys can be recovered by iteration; use them
/// (or a `blake2` hasher) for keys an attacker can choose, since `twox` is not collision resistant.
public enum Hashing {
    /// BLAKE2b with a 16-byte digest.
    /// - Parameter data: the bytes to hash.
    /// - Returns: 16 bytes.
    public static func blake2_128(_ data: [UInt8]) -> [UInt8] {
        Blake2b.hash(data, outputByteCount: 16)
    }

    /// BLAKE2b with a 32-byte digest: Substrate's `BlakeTwo256`, used for block and extrinsic hashes.
    /// - Parameter data: the bytes to hash.
    /// - Returns: 32 bytes.
    public static func blake2_256(_ data: [UInt8]) -> [UInt8] {
        Blake2b.hash(data, outputByteCount: 32)
    }

    /// BLAKE2b with a 64-byte digest.
    /// - Parameter data: the bytes to hash.
    /// - Returns: 64 bytes.
    public static func blake2_512(_ data: [UInt8]) -> [UInt8] {
        Blake2b.hash(data, outputByteCount: 64)
    }

    /// `blake2_128(data) ‖ data`: the default hasher for maps with user-chosen keys.
    /// - Parameter data: the SCALE-encoded key.
    /// - Returns: 16 + `data.count` bytes.
    public static func blake2_128Concat(_ data: [UInt8]) -> [UInt8] {
        blake2_128(data) + data
    }

    /// XXH64 with seed 0, as 8 little-endian bytes.
    /// - Parameter data: the bytes to hash.
    /// - Returns: 8 bytes.
    public static func twox64(_ data: [UInt8]) -> [UInt8] {
        twox(data, seedCount: 1)
    }

    /// XXH64 with seeds 0 and 1, each little-endian, concatenated: hashes pallet and item names.
    /// - Parameter data: the bytes to hash.
    /// - Returns: 16 bytes.
    public static func twox128(_ data: [UInt8]) -> [UInt8] {
        twox(data, seedCount: 2)
    }

    /// XXH64 with seeds 0 to 3, each little-endian, concatenated.
    /// - Parameter data: the bytes to hash.
    /// - Returns: 32 bytes.
    public static func twox256(_ data: [UInt8]) -> [UInt8] {
        twox(data, seedCount: 4)
    }

    /// `twox64(data) ‖ data`: for map keys the runtime controls, such as sequential indices.
    /// - Parameter data: the SCALE-encoded key.
    /// - Returns: 8 + `data.count` bytes.
    public static func twox64Concat(_ data: [UInt8]) -> [UInt8] {
        twox64(data) + data
    }

    /// The key itself, unhashed: for keys that are already uniformly distributed (hashes, account ids
    /// chosen by nobody).
    /// - Parameter data: the SCALE-encoded key.
    /// - Returns: `data` unchanged.
    public static func identity(_ data: [UInt8]) -> [UInt8] {
        data
    }

    /// Concatenates XXH64 digests for seeds `0..<seedCount`, each little-endian.
    private static func twox(_ data: [UInt8], seedCount: Int) -> [UInt8] {
        data.withUnsafeBytes { input in
            [UInt8](unsafeUninitializedCapacity: seedCount * 8) { output, initializedCount in
                let bytes = UnsafeMutableRawBufferPointer(output)
                for seed in 0..<seedCount {
                    let digest = XXHash64.hash(input, seed: UInt64(seed))
                    bytes.storeBytes(of: digest.littleEndian, toByteOffset: seed * 8, as: UInt64.self)
                }
                initializedCount = seedCount * 8
            }
        }
    }
}
