extension Blake2b {
    /// The chaining value h[0...7], kept in named fields so the compiler keeps it in registers.
    struct ChainingValue {
        var h0, h1, h2, h3, h4, h5, h6, h7: UInt64

        /// BLAKE2b's IV (RFC 7693 §2.6): the SHA-512 initial hash value.
        static let initializationVector = ChainingValue(
            h0: 0x6a09_e667_f3bc_c908, h1: 0xbb67_ae85_84ca_a73b, h2: 0x3c6e_f372_fe94_f82b,
            h3: 0xa54f_f53a_5f1d_36f1, h4: 0x510e_527f_ade6_82d1, h5: 0x9b05_688c_2b3e_6c1f,
            h6: 0x1f83_d9ab_fb41_bd6b, h7: 0x5be0_cd19_137e_2179)
    }

    /// The compression function F (RFC 7693 §3.2): folds one 128-byte block into the chaining value.
    ///
    /// Written for speed: the twelve rounds are unrolled with the message schedule SIGMA spelled out,
    /// the message and the working vector live in local values, and the block is read with unaligned
    /// little-endian loads straight from the caller's memory.
    /// - Parameters:
    ///   - h: the chaining value to update.
    ///   - block: 128 readable bytes.
    ///   - counterLow: low 64 bits of the byte count so far, including this block.
    ///   - counterHigh: high 64 bits of the byte count.
    ///   - isLastBlock: whether this is the final block (sets the finalization flag).
    @inline(__always)
    static func compress(
        _ h: inout ChainingValue, block: UnsafeRawPointer, counterLow: UInt64, counterHigh: UInt64,
        isLastBlock: Bool
    ) {
        @inline(__always) func word(_ index: Int) -> UInt64 {
            UInt64(littleEndian: block.loadUnaligned(fromByteOffset: index &* 8, as: UInt64.self))
        }
        let m0 = word(0)
        let m1 = word(1)
        let m2 = word(2)
        let m3 = word(3)
        let m4 = word(4)
        let m5 = word(5)
        let m6 = word(6)
        let m7 = word(7)
        let m8 = word(8)
        let m9 = word(9)
        let m10 = word(10)
        let m11 = word(11)
        let m12 = word(12)
        let m13 = word(13)
        let m14 = word(14)
        let m15 = word(15)
        let iv = ChainingValue.initializationVector
        var v = WorkingVector(
            v0: h.h0, v1: h.h1, v2: h.h2, v3: h.h3, v4: h.h4, v5: h.h5, v6: h.h6, v7: h.h7,
            v8: iv.h0, v9: iv.h1, v10: iv.h2, v11: iv.h3,
            v12: iv.h4 ^ counterLow, v13: iv.h5 ^ counterHigh,
            v14: isLastBlock ? ~iv.h6 : iv.h6, v15: iv.h7)
        // Each line is one round; its arguments are the message words in the order SIGMA[round mod 10]
        // (RFC 7693 §2.7) picks them.
        v.round(m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15)
        v.round(m14, m10, m4, m8, m9, m15, m13, m6, m1, m12, m0, m2, m11, m7, m5, m3)
        v.round(m11, m8, m12, m0, m5, m2, m15, m13, m10, m14, m3, m6, m7, m1, m9, m4)
        v.round(m7, m9, m3, m1, m13, m12, m11, m14, m2, m6, m5, m10, m4, m0, m15, m8)
        v.round(m9, m0, m5, m7, m2, m4, m10, m15, m14, m1, m11, m12, m6, m8, m3, m13)
        v.round(m2, m12, m6, m10, m0, m11, m8, m3, m4, m13, m7, m5, m15, m14, m1, m9)
        v.round(m12, m5, m1, m15, m14, m13, m4, m10, m0, m7, m6, m3, m9, m2, m8, m11)
        v.round(m13, m11, m7, m14, m12, m1, m3, m9, m5, m0, m15, m4, m8, m6, m2, m10)
        v.round(m6, m15, m14, m9, m11, m3, m0, m8, m12, m2, m13, m7, m1, m4, m10, m5)
        v.round(m10, m2, m8, m4, m7, m6, m1, m5, m15, m11, m9, m14, m3, m12, m13, m0)
        v.round(m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15)
        v.round(m14, m10, m4, m8, m9, m15, m13, m6, m1, m12, m0, m2, m11, m7, m5, m3)
        h.h0 ^= v.v0 ^ v.v8
        h.h1 ^= v.v1 ^ v.v9
        h.h2 ^= v.v2 ^ v.v10
        h.h3 ^= v.v3 ^ v.v11
        h.h4 ^= v.v4 ^ v.v12
        h.h5 ^= v.v5 ^ v.v13
        h.h6 ^= v.v6 ^ v.v14
        h.h7 ^= v.v7 ^ v.v15
    }

    /// The 16-word working vector v of the compression function.
    struct WorkingVector {
        var v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15: UInt64

        /// One round: G on the four columns, then on the four diagonals, with message words
        /// `x0...x15` already permuted by SIGMA.
        @inline(__always)
        mutating func round(
            _ x0: UInt64, _ x1: UInt64, _ x2: UInt64, _ x3: UInt64, _ x4: UInt64, _ x5: UInt64,
            _ x6: UInt64, _ x7: UInt64, _ x8: UInt64, _ x9: UInt64, _ x10: UInt64, _ x11: UInt64,
            _ x12: UInt64, _ x13: UInt64, _ x14: UInt64, _ x15: UInt64
        ) {
            mix(&v0, &v4, &v8, &v12, x0, x1)
            mix(&v1, &v5, &v9, &v13, x2, x3)
            mix(&v2, &v6, &v10, &v14, x4, x5)
            mix(&v3, &v7, &v11, &v15, x6, x7)
            mix(&v0, &v5, &v10, &v15, x8, x9)
            mix(&v1, &v6, &v11, &v12, x10, x11)
            mix(&v2, &v7, &v8, &v13, x12, x13)
            mix(&v3, &v4, &v9, &v14, x14, x15)
        }
    }
}

/// The mixing function G (RFC 7693 §3.1) with rotation constants 32, 24, 16, 63.
@inline(__always)
private func mix(_ a: inout UInt64, _ b: inout UInt64, _ c: inout UInt64, _ d: inout UInt64, _ x: UInt64, _ y: UInt64) {
    a = a &+ b &+ x
    d = rotateRight(d ^ a, 32)
    c = c &+ d
    b = rotateRight(b ^ c, 24)
    a = a &+ b &+ y
    d = rotateRight(d ^ a, 16)
    c = c &+ d
    b = rotateRight(b ^ c, 63)
}

@inline(__always)
private func rotateRight(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value &>> count) | (value &<< (64 &- count))
}
