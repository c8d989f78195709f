// Signed-digit recodings of a scalar that drive the scalar-multiplication loops.

extension Scalar {
    /// The scalar as four little-endian 64-bit words.
    private var words: [UInt64] {
        [l0 | l1 << 52, l1 >> 12 | l2 << 40, l2 >> 24 | l3 << 28, l3 >> 36 | l4 << 16]
    }

    /// 64 signed radix-16 digits d_i in [−8, 8] with self = Σ d_i·16^i, computed without branches
    /// (for constant-time multiplication: every digit is used, so the digits may be secret).
    var radix16Digits: [Int8] {
        var digits = [Int8](repeating: 0, count: 64)
        for (index, byte) in bytes.enumerated() {
            digits[2 * index] = Int8(byte & 15)
            digits[2 * index + 1] = Int8(byte >> 4)
        }
        // Move each digit from [0, 16) to [−8, 8) by carrying 16 into the next one. The top digit
        // absorbs the last carry and stays ≤ 8 because self < 2^253.
        for index in 0..<63 {
            let carry = (digits[index] &+ 8) >> 4
            digits[index] &-= carry << 4
            digits[index + 1] &+= carry
        }
        return digits
    }

    /// The width-w non-adjacent form: 256 digits, each zero or odd with |d| < 2^(w−1), any w
    /// consecutive ones holding at most one non-zero, and self = Σ d_i·2^i.
    ///
    /// Branches on the scalar's bits: for public scalars only (signature verification).
    /// - Parameter width: the window w, between 2 and 8.
    func nonAdjacentForm(width: Int) -> [Int8] {
        precondition((2...8).contains(width), "NAF width must be between 2 and 8")
        var digits = [Int8](repeating: 0, count: 256)
        let bits = words + [0]
        let windowSize = UInt64(1) << width
        let windowMask = windowSize - 1
        var position = 0
        var carry: UInt64 = 0
        while position < 256 {
            let wordIndex = position / 64, bitIndex = position % 64
            var buffer = bits[wordIndex] >> bitIndex
            if bitIndex > 64 - width { buffer |= bits[wordIndex + 1] << (64 - bitIndex) }
            let window = carry &+ (buffer & windowMask)
            if window & 1 == 0 {
                // An even window: emit a zero digit and move one bit (the carry is unchanged).
                position += 1
                continue
            }
            if window < windowSize / 2 {
                carry = 0
                digits[position] = Int8(window)
            } else {
                carry = 1
                digits[position] = Int8(Int(window) - Int(windowSize))
            }
            position += width
        }
        return digits
    }
}
