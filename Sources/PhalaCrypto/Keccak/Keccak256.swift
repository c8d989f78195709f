/// Keccak-256 as Ethereum uses it: the original Keccak padding (`0x01`), not SHA3-256's (`0x06`).
///
/// Substrate exposes it as `keccak_256` (EVM-compatible addresses and hashers); the two functions
/// differ only in the domain bits of the padding, so their outputs differ for every input.
public enum Keccak256 {
    /// Bytes absorbed per permutation: 1600 bits minus twice the 256-bit security level.
    static let rate = 136

    /// Hashes `data` with Keccak-256.
    /// - Parameter data: the bytes to hash, of any length.
    /// - Returns: the 32-byte digest.
    public static func hash(_ data: [UInt8]) -> [UInt8] {
        var state = [UInt64](repeating: 0, count: KeccakF1600.laneCount)
        let rateLanes = rate / 8
        var offset = 0
        data.withUnsafeBytes { input in
            state.withUnsafeMutableBufferPointer { lanes in
                while data.count - offset >= rate {
                    for lane in 0..<rateLanes {
                        let word = input.loadUnaligned(fromByteOffset: offset + lane * 8, as: UInt64.self)
                        lanes[lane] ^= UInt64(littleEndian: word)
                    }
                    KeccakF1600.permute(lanes)
                    offset += rate
                }
            }
        }
        var lastBlock = [UInt8](repeating: 0, count: rate)
        lastBlock.replaceSubrange(0..<(data.count - offset), with: data[offset...])
        lastBlock[data.count - offset] ^= 0x01
        lastBlock[rate - 1] ^= 0x80
        for lane in 0..<rateLanes {
            var word: UInt64 = 0
            for byte in 0..<8 {
                word |= UInt64(lastBlock[lane * 8 + byte]) << (8 * byte)
            }
            state[lane] ^= word
        }
        KeccakF1600.permute(&state)
        var digest = [UInt8]()
        digest.reserveCapacity(32)
        for lane in state[0..<4] {
            for byte in 0..<8 {
                digest.append(UInt8(truncatingIfNeeded: lane >> (8 * byte)))
            }
        }
        return digest
    }
}
