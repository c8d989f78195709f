/// Computes XXH64, the fast non-cryptographic hash behind Substrate's `twox` storage hashers.
///
/// Only for keys the runtime chooses itself (pallet and item names, well-known constants): an attacker
/// who controls the input can produce collisions. The algorithm follows the xxHash specification
/// (`doc/xxhash_spec.md` in Cyan4973/xxHash) and is checked against its sanity vectors.
public enum XXHash64 {
    /// Hashes `data` with a seed.
    /// - Parameters:
    ///   - data: the bytes to hash.
    ///   - seed: the seed; Substrate's `twox128` uses seeds 0 and 1, `twox256` seeds 0 to 3.
    /// - Returns: the 64-bit digest (Substrate stores it little-endian).
    public static func hash(_ data: [UInt8], seed: UInt64) -> UInt64 {
        data.withUnsafeBytes { hash($0, seed: seed) }
    }

    /// Hashes bytes in memory the caller owns.
    static func hash(_ data: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let count = data.count
        var offset = 0
        @inline(__always) func load64(_ at: Int) -> UInt64 {
            UInt64(littleEndian: data.loadUnaligned(fromByteOffset: at, as: UInt64.self))
        }
        var acc: UInt64
        if count >= 32 {
            // Four lanes, each absorbing every fourth 8-byte word of each 32-byte stripe.
            var lane1 = seed &+ prime1 &+ prime2
            var lane2 = seed &+ prime2
            var lane3 = seed
            var lane4 = seed &- prime1
            while offset &+ 32 <= count {
                lane1 = round(lane1, load64(offset))
                lane2 = round(lane2, load64(offset &+ 8))
                lane3 = round(lane3, load64(offset &+ 16))
                lane4 = round(lane4, load64(offset &+ 24))
                offset &+= 32
            }
            acc = rotateLeft(lane1, 1) &+ rotateLeft(lane2, 7) &+ rotateLeft(lane3, 12) &+ rotateLeft(lane4, 18)
            acc = mergeRound(acc, lane1)
            acc = mergeRound(acc, lane2)
            acc = mergeRound(acc, lane3)
            acc = mergeRound(acc, lane4)
        } else {
            acc = seed &+ prime5
        }
        acc &+= UInt64(count)
        while offset &+ 8 <= count {
            acc ^= round(0, load64(offset))
            acc = rotateLeft(acc, 27) &* prime1 &+ prime4
            offset &+= 8
        }
        if offset &+ 4 <= count {
            let word = UInt32(littleEndian: data.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            acc ^= UInt64(word) &* prime1
            acc = rotateLeft(acc, 23) &* prime2 &+ prime3
            offset &+= 4
        }
        while offset < count {
            acc ^= UInt64(data[offset]) &* prime5
            acc = rotateLeft(acc, 11) &* prime1
            offset &+= 1
        }
        // Avalanche.
        acc ^= acc &>> 33
        acc &*= prime2
        acc ^= acc &>> 29
        acc &*= prime3
        acc ^= acc &>> 32
        return acc
    }

    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    @inline(__always)
    private static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
        rotateLeft(acc &+ input &* prime2, 31) &* prime1
    }

    @inline(__always)
    private static func mergeRound(_ acc: UInt64, _ lane: UInt64) -> UInt64 {
        (acc ^ round(0, lane)) &* prime1 &+ prime4
    }

    @inline(__always)
    private static func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value &<< count) | (value &>> (64 &- count))
    }
}
