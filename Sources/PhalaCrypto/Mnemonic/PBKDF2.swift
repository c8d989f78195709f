import Crypto

/// PBKDF2 with HMAC-SHA512 (RFC 8018 §5.2), the key stretching that turns BIP39 entropy into a seed.
///
/// swift-crypto has no PBKDF2, so this is the RFC's loop over its HMAC. The keyed HMAC state is built
/// once and copied for every iteration, which halves the hashing work compared with re-keying.
enum PBKDF2 {
    /// Derives `outputByteCount` bytes from `password` and `salt` with `iterations` rounds of HMAC-SHA512.
    static func sha512(password: [UInt8], salt: [UInt8], iterations: Int, outputByteCount: Int) -> [UInt8] {
        precondition(iterations > 0 && outputByteCount > 0, "PBKDF2 needs at least one round and one output byte")
        let keyed = HMAC<SHA512>(key: SymmetricKey(data: password))
        var output: [UInt8] = []
        output.reserveCapacity(outputByteCount)
        var blockIndex: UInt32 = 1
        while output.count < outputByteCount {
            var first = keyed
            first.update(data: salt)
            first.update(data: [
                UInt8(truncatingIfNeeded: blockIndex >> 24), UInt8(truncatingIfNeeded: blockIndex >> 16),
                UInt8(truncatingIfNeeded: blockIndex >> 8), UInt8(truncatingIfNeeded: blockIndex),
            ])
            var link = Array(first.finalize())
            var block = link
            for _ in 1..<iterations {
                var round = keyed
                round.update(data: link)
                link = Array(round.finalize())
                for index in block.indices { block[index] ^= link[index] }
            }
            output += block.prefix(outputByteCount - output.count)
            blockIndex += 1
        }
        return output
    }
}
