/// Arithmetic modulo a 256-bit modulus just below 2^256: secp256k1's field prime p and group order n.
///
/// Both moduli have the form 2^256 − c with a small c, so a wide product folds down as
/// `high·2^256 + low ≡ high·c + low` until it fits, then at most a few subtractions finish it.
/// Operands must already be reduced. Not constant time: fine for verification and for this slice's
/// signing, which the brief accepts; a side-channel-hardened signer would need a different design.
struct Secp256k1Modulus: Sendable {
    /// The modulus m.
    let value: UInt256
    /// c = 2^256 − m as limbs, least significant first.
    private let complement: SIMD4<UInt64>
    /// How many limbs of `complement` are nonzero up to its highest nonzero one.
    private let complementCount: Int

    /// Prepares arithmetic modulo `value`, which must exceed 2^255.
    init(_ value: UInt256) {
        precondition(value.bit(255), "Secp256k1Modulus expects a modulus above 2^255")
        self.value = value
        let wrapped = UInt256.zero.subtractingReportingBorrow(value).difference
        complement = wrapped.limbs
        complementCount = (0..<4).last { wrapped.limbs[$0] != 0 }.map { $0 + 1 } ?? 0
    }

    /// Reduces any 256-bit number (at most 2m) into [0, m).
    func reduce(_ number: UInt256) -> UInt256 {
        var result = number
        while !(result < value) { result = result.subtractingReportingBorrow(value).difference }
        return result
    }

    /// (a + b) mod m.
    func add(_ a: UInt256, _ b: UInt256) -> UInt256 {
        let (sum, carry) = a.addingReportingCarry(b)
        if carry || !(sum < value) { return sum.subtractingReportingBorrow(value).difference }
        return sum
    }

    /// (a − b) mod m.
    func subtract(_ a: UInt256, _ b: UInt256) -> UInt256 {
        let (difference, borrow) = a.subtractingReportingBorrow(b)
        return borrow ? difference.addingReportingCarry(value).sum : difference
    }

    /// (−a) mod m.
    func negate(_ a: UInt256) -> UInt256 { subtract(.zero, a) }

    /// (a · b) mod m.
    func multiply(_ a: UInt256, _ b: UInt256) -> UInt256 {
        var wide = SIMD8<UInt64>(repeating: 0)
        for i in 0..<4 {
            for j in 0..<4 { Self.accumulate(a.limbs[i], b.limbs[j], into: &wide, at: i + j) }
        }
        while wide[4] | wide[5] | wide[6] | wide[7] != 0 {
            var folded = SIMD8<UInt64>(wide[0], wide[1], wide[2], wide[3], 0, 0, 0, 0)
            for i in 0..<4 where wide[4 + i] != 0 {
                for j in 0..<complementCount { Self.accumulate(wide[4 + i], complement[j], into: &folded, at: i + j) }
            }
            wide = folded
        }
        return reduce(UInt256(limbs: SIMD4(wide[0], wide[1], wide[2], wide[3])))
    }

    /// a² mod m.
    func square(_ a: UInt256) -> UInt256 { multiply(a, a) }

    /// a^exponent mod m, by square-and-multiply from the top bit.
    func power(_ base: UInt256, _ exponent: UInt256) -> UInt256 {
        var result = UInt256.one
        for index in (0..<256).reversed() {
            result = square(result)
            if exponent.bit(index) { result = multiply(result, base) }
        }
        return result
    }

    /// a⁻¹ mod m by Fermat's little theorem (m is prime); the inverse of 0 comes out as 0.
    func inverse(_ a: UInt256) -> UInt256 {
        power(a, value.subtractingReportingBorrow(UInt256(limbs: SIMD4(2, 0, 0, 0))).difference)
    }

    /// Adds the 128-bit product x·y into `wide` starting at limb `index`, carrying upwards.
    private static func accumulate(_ x: UInt64, _ y: UInt64, into wide: inout SIMD8<UInt64>, at index: Int) {
        let (high, low) = x.multipliedFullWidth(by: y)
        var (sum, carry) = wide[index].addingReportingOverflow(low)
        wide[index] = sum
        var position = index + 1
        (sum, carry) = wide[position].addingReportingOverflow(high &+ (carry ? 1 : 0))
        // high ≤ 2^64 − 2, so high + 1 cannot wrap.
        wide[position] = sum
        while carry {
            position += 1
            (wide[position], carry) = wide[position].addingReportingOverflow(1)
        }
    }
}
