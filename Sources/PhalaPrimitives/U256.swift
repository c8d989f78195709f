public import SCALE

/// An unsigned 256-bit integer, as Substrate's `U256` carries heartbeat seeds and targets: four 64-bit
/// limbs, least significant first. SCALE encodes it as 32 little-endian bytes; hashes are read into it
/// big-endian (phala-facts.md §3.4, §11 item 4).
public struct U256: Sendable, Hashable, Comparable {
    /// The limbs, least significant first.
    public let limbs: [UInt64]

    /// Zero.
    public static let zero = U256(limbs: [0, 0, 0, 0])
    /// 2²⁵⁶ − 1.
    public static let max = U256(limbs: [.max, .max, .max, .max])

    /// Wraps four limbs; other counts are a programming error.
    /// - Parameter limbs: least significant first.
    public init(limbs: [UInt64]) {
        precondition(limbs.count == 4, "a U256 has four limbs")
        self.limbs = limbs
    }

    /// Reads 32 big-endian bytes (as `U256::from_big_endian` reads a hash).
    /// - Parameter bytes: exactly 32 bytes.
    /// - Returns: the number, or nil for another length.
    public init?(bigEndian bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.init(littleEndian: bytes.reversed())
    }

    /// Reads 32 little-endian bytes.
    private init(littleEndian bytes: [UInt8]) {
        limbs = (0..<4).map { limb in
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[limb * 8 + $1]) << (8 * $1) }
        }
    }

    /// The number shifted right by `count` bits (0 ≤ count < 64).
    /// - Parameter count: the shift.
    /// - Returns: the shifted number.
    public func shiftedRight(by count: Int) -> U256 {
        precondition((0..<64).contains(count), "shift by 0..<64 bits")
        guard count > 0 else { return self }
        var result: [UInt64] = []
        for index in 0..<4 {
            let high = index + 1 < 4 ? limbs[index + 1] << (64 - count) : 0
            result.append(limbs[index] >> count | high)
        }
        return U256(limbs: result)
    }

    /// The product with a 64-bit factor, or nil when it does not fit in 256 bits.
    /// - Parameter factor: the factor.
    /// - Returns: the product.
    public func multipliedReportingOverflow(by factor: UInt64) -> U256? {
        var result: [UInt64] = []
        var carry: UInt64 = 0
        for limb in limbs {
            let (high, low) = limb.multipliedFullWidth(by: factor)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            result.append(sum)
            carry = high + (overflow ? 1 : 0)
        }
        return carry == 0 ? U256(limbs: result) : nil
    }

    /// Bitwise exclusive or.
    /// - Parameter other: the other operand.
    /// - Returns: the limb-wise XOR.
    public func xor(_ other: U256) -> U256 {
        U256(limbs: zip(limbs, other.limbs).map { $0 ^ $1 })
    }

    /// Orders by value.
    public static func < (lhs: U256, rhs: U256) -> Bool {
        for index in (0..<4).reversed() where lhs.limbs[index] != rhs.limbs[index] {
            return lhs.limbs[index] < rhs.limbs[index]
        }
        return false
    }
}

extension U256: ScaleCodable {
    /// Appends 32 little-endian bytes.
    public func encode(to encoder: inout ScaleEncoder) {
        for limb in limbs {
            encoder.append((0..<8).map { UInt8(truncatingIfNeeded: limb >> (8 * $0)) })
        }
    }

    /// Reads 32 little-endian bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(littleEndian: try decoder.readBytes(32))
    }
}

extension U256: CustomStringConvertible {
    /// The number in decimal.
    public var description: String {
        var digits: [UInt8] = []
        var remaining = limbs
        while remaining.contains(where: { $0 != 0 }) {
            var remainder: UInt64 = 0
            for index in (0..<4).reversed() {
                let (quotient, rest) = UInt64(10).dividingFullWidth((remainder, remaining[index]))
                remaining[index] = quotient
                remainder = rest
            }
            digits.append(UInt8(remainder))
        }
        return digits.isEmpty ? "0" : String(digits.reversed().map { Character(String($0)) })
    }
}
