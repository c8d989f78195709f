/// A 256-bit unsigned integer on four 64-bit limbs, the number type under secp256k1's field and scalars.
///
/// Limb 0 is the least significant. Arithmetic here is plain (wrapping with a reported carry or borrow);
/// reduction modulo p or n lives in `Secp256k1Modulus`. Nothing here is constant time.
struct UInt256: Equatable, Sendable {
    /// The limbs, least significant first.
    var limbs: SIMD4<UInt64>

    /// Zero.
    static let zero = UInt256(limbs: SIMD4(0, 0, 0, 0))
    /// One.
    static let one = UInt256(limbs: SIMD4(1, 0, 0, 0))

    /// Makes a number from its limbs, least significant first.
    init(limbs: SIMD4<UInt64>) { self.limbs = limbs }

    /// Reads a 32-byte big-endian number; `bytes` must hold exactly 32 bytes.
    init<Bytes: Collection<UInt8>>(bigEndian bytes: Bytes) {
        precondition(bytes.count == 32, "UInt256 reads exactly 32 bytes")
        var limbs = SIMD4<UInt64>(0, 0, 0, 0)
        for (index, byte) in bytes.enumerated() {
            let limb = 3 - index / 8
            limbs[limb] = limbs[limb] << 8 | UInt64(byte)
        }
        self.limbs = limbs
    }

    /// Reads a 64-digit hexadecimal constant written in this module's source.
    init(hex: String) {
        let digits = Array(hex.utf8)
        precondition(digits.count == 64, "UInt256 constants are 64 hex digits")
        var bytes = [UInt8]()
        for index in stride(from: 0, to: 64, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else {
                preconditionFailure("UInt256 constant is not hexadecimal")
            }
            bytes.append(byte)
        }
        self.init(bigEndian: bytes)
    }

    /// The number as 32 big-endian bytes.
    var bigEndianBytes: [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(32)
        for limb in (0..<4).reversed() {
            for shift in stride(from: 56, through: 0, by: -8) {
                bytes.append(UInt8(truncatingIfNeeded: limbs[limb] >> UInt64(shift)))
            }
        }
        return bytes
    }

    /// Whether the number is zero.
    var isZero: Bool { limbs == SIMD4(0, 0, 0, 0) }

    /// Whether the lowest bit is set.
    var isOdd: Bool { limbs[0] & 1 == 1 }

    /// The bit at `index` (0 = least significant).
    func bit(_ index: Int) -> Bool { (limbs[index / 64] >> UInt64(index % 64)) & 1 == 1 }

    /// Whether `self` is less than `other`.
    static func < (lhs: UInt256, rhs: UInt256) -> Bool {
        for limb in (0..<4).reversed() where lhs.limbs[limb] != rhs.limbs[limb] {
            return lhs.limbs[limb] < rhs.limbs[limb]
        }
        return false
    }

    /// `self + other` modulo 2^256, and whether it carried out.
    func addingReportingCarry(_ other: UInt256) -> (sum: UInt256, carry: Bool) {
        var result = UInt256.zero
        var carry: UInt64 = 0
        for limb in 0..<4 {
            let (partial, overflow1) = limbs[limb].addingReportingOverflow(other.limbs[limb])
            let (sum, overflow2) = partial.addingReportingOverflow(carry)
            result.limbs[limb] = sum
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        return (result, carry != 0)
    }

    /// `self - other` modulo 2^256, and whether it borrowed.
    func subtractingReportingBorrow(_ other: UInt256) -> (difference: UInt256, borrow: Bool) {
        var result = UInt256.zero
        var borrow: UInt64 = 0
        for limb in 0..<4 {
            let (partial, overflow1) = limbs[limb].subtractingReportingOverflow(other.limbs[limb])
            let (difference, overflow2) = partial.subtractingReportingOverflow(borrow)
            result.limbs[limb] = difference
            borrow = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        return (result, borrow != 0)
    }
}
