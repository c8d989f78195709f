/// Computes BLAKE2b digests (RFC 7693): Substrate's hash for blocks, extrinsics, storage keys and SS58
/// checksums.
///
/// Any output length from 1 to 64 bytes is supported, keyed (MAC mode, key up to 64 bytes) or unkeyed,
/// in one shot with ``hash(_:outputByteCount:key:)`` or streaming with `update(_:)` and
/// ``finalize()``. The output length is part of the parameter block, so a 32-byte digest is not a prefix
/// of the 64-byte digest of the same input.
///
/// The hasher is a plain value: copying it forks the computation. It never allocates while absorbing
/// input; the 128-byte block buffer lives inline.
public struct Blake2b: Sendable {
    /// The chaining value h[0...7].
    private var state: ChainingValue
    /// Input not yet compressed: BLAKE2b compresses a block only once it knows another byte follows,
    /// because the final block is flagged.
    private var block = BlockBuffer()
    /// How many bytes of `block` hold input (0...128).
    private var blockByteCount = 0
    /// Low 64 bits of the byte counter t.
    private var counterLow: UInt64 = 0
    /// High 64 bits of the byte counter t.
    private var counterHigh: UInt64 = 0
    /// Digest length in bytes (1...64).
    private let outputByteCount: Int

    /// Starts a hash computation.
    ///
    /// Invalid lengths are programming errors (callers pass constants), so they stop the program.
    /// - Parameters:
    ///   - outputByteCount: digest length in bytes, 1...64; 32 gives Substrate's `blake2_256`.
    ///   - key: MAC key of 0...64 bytes; empty for plain hashing.
    public init(outputByteCount: Int = 32, key: [UInt8] = []) {
        precondition((1...64).contains(outputByteCount), "BLAKE2b output length must be 1...64 bytes")
        precondition(key.count <= 64, "BLAKE2b key must be at most 64 bytes")
        state = .initializationVector
        // Parameter block word 0: digest length, key length, fanout 1, depth 1 (RFC 7693 §2.5).
        state.h0 ^= 0x0101_0000 ^ (UInt64(key.count) << 8) ^ UInt64(outputByteCount)
        self.outputByteCount = outputByteCount
        if !key.isEmpty {
            // The key, zero-padded to a full block, is the first block of input.
            key.withUnsafeBytes { keyBytes in
                withUnsafeMutableBytes(of: &block) { buffer in
                    buffer.copyMemory(from: keyBytes)
                }
            }
            blockByteCount = BlockBuffer.byteCount
        }
    }

    /// Absorbs more input.
    /// - Parameter bytes: the next bytes of the message.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Absorbs more input from memory the caller owns, without copying it first.
    /// - Parameter bytes: the next bytes of the message; only read during the call.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var input = bytes.baseAddress, !bytes.isEmpty else { return }
        var remaining = bytes.count
        let space = BlockBuffer.byteCount - blockByteCount
        if remaining > space {
            // Complete and compress the buffered block, then compress whole blocks straight from the
            // input, always keeping at least one byte back for `finalize`.
            appendToBlock(input, byteCount: space)
            input += space
            remaining -= space
            var h = state
            var low = counterLow
            var high = counterHigh
            Self.advance(&low, &high, by: UInt64(BlockBuffer.byteCount))
            withUnsafeBytes(of: &block) { buffered in
                let start = buffered.baseAddress.unsafelyUnwrapped
                Self.compress(&h, block: start, counterLow: low, counterHigh: high, isLastBlock: false)
            }
            while remaining > BlockBuffer.byteCount {
                Self.advance(&low, &high, by: UInt64(BlockBuffer.byteCount))
                Self.compress(&h, block: input, counterLow: low, counterHigh: high, isLastBlock: false)
                input += BlockBuffer.byteCount
                remaining -= BlockBuffer.byteCount
            }
            state = h
            counterLow = low
            counterHigh = high
            blockByteCount = 0
        }
        appendToBlock(input, byteCount: remaining)
    }

    /// Compresses the last block and returns the digest.
    /// - Returns: `outputByteCount` bytes: the little-endian chaining value, truncated.
    public consuming func finalize() -> [UInt8] {
        let used = blockByteCount
        var low = counterLow
        var high = counterHigh
        Self.advance(&low, &high, by: UInt64(used))
        var h = state
        withUnsafeMutableBytes(of: &block) { buffered in
            let start = buffered.baseAddress.unsafelyUnwrapped
            // The final block is zero-padded.
            (start + used).initializeMemory(as: UInt8.self, repeating: 0, count: BlockBuffer.byteCount - used)
            Self.compress(&h, block: UnsafeRawPointer(start), counterLow: low, counterHigh: high, isLastBlock: true)
        }
        let words = (
            h.h0.littleEndian, h.h1.littleEndian, h.h2.littleEndian, h.h3.littleEndian,
            h.h4.littleEndian, h.h5.littleEndian, h.h6.littleEndian, h.h7.littleEndian
        )
        return withUnsafeBytes(of: words) { Array($0.prefix(outputByteCount)) }
    }

    /// Hashes a whole message at once.
    /// - Parameters:
    ///   - data: the message.
    ///   - outputByteCount: digest length in bytes, 1...64.
    ///   - key: MAC key of 0...64 bytes; empty for plain hashing.
    /// - Returns: the `outputByteCount`-byte digest.
    public static func hash(_ data: [UInt8], outputByteCount: Int = 32, key: [UInt8] = []) -> [UInt8] {
        var hasher = Blake2b(outputByteCount: outputByteCount, key: key)
        hasher.update(data)
        return hasher.finalize()
    }

    /// Copies `byteCount` bytes (at most the free space) to the end of the block buffer.
    private mutating func appendToBlock(_ source: UnsafeRawPointer, byteCount: Int) {
        let offset = blockByteCount
        withUnsafeMutableBytes(of: &block) { buffered in
            (buffered.baseAddress.unsafelyUnwrapped + offset).copyMemory(from: source, byteCount: byteCount)
        }
        blockByteCount += byteCount
    }

    /// Adds `count` to the 128-bit byte counter (low, high).
    @inline(__always)
    private static func advance(_ low: inout UInt64, _ high: inout UInt64, by count: UInt64) {
        let (sum, overflow) = low.addingReportingOverflow(count)
        low = sum
        if overflow { high &+= 1 }
    }
}

extension Blake2b {
    /// 128 bytes of inline storage for one input block.
    struct BlockBuffer {
        /// BLAKE2b's block size.
        static let byteCount = 128
        // Sixteen words give the buffer 8-byte alignment and a fixed size without a heap allocation.
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    }
}
