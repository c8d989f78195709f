/// Arithmetic modulo a 256-bit modulus just below 2^256: secp256k1's field prime p and group order n.
///
/// Both moduli have the form 2^256 − c with a small c, so a wide product folds down as
/// `high·2^256 + low ≡ high·c + low` until it fits, then at most a few subtractions finish it.
/// Operands must already be reduced. Not constant time: fine for verification and for this slice's
/// signing, which the brief accepts; a side-channel-hardened signer would need a different design.
struct Secp256k1Modulus: Sendable {
    /// The modulus m.
    let value: UInt256
    /// c = 2^256 − m as limbs, least significant first, without leading zero limbs.
    private let complement: [UInt64]

    /// Prepares arithmetic modulo `value`, which must exceed 2^255.
    init(_ value: UInt256) {
        precondition(value.bit(255), "Secp256k1Modulus expects a modulus above 2^255")
        self.value = value
        let wrapped = UInt256.zero.subtractingReportingBorrow(value).difference
        var complement = (0..<4).map { wrapped.limbs[$0] }
        while complement.last == 0 { complement.removeLast() }
        self.complement = complement
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
        var wide = Self.multiplyWide((0..<4).map { a.limbs[$0] }, (0..<4).map { b.limbs[$0] })
        while wide.count > 4 && wide[4...].contains(where: { $0 != 0 }) {
            let folded = Self.multiplyWide(Array(wide[4...]), complement)
            wide = Self.addWide(Array(wide[..<4]), folded)
        }
        let low = UInt256(limbs: SIMD4(wide[0], wide[1], wide[2], wide[3]))
        return reduce(low)
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

    /// Schoolbook product of two little-endian limb arrays.
    private static func multiplyWide(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var product = [UInt64](repeating: 0, count: a.count + b.count)
        for i in a.indices {
            var carry: UInt64 = 0
            for j in b.indices {
                let (high, low) = a[i].multipliedFullWidth(by: b[j])
                let (partial, overflow1) = product[i + j].addingReportingOverflow(low)
                let (sum, overflow2) = partial.addingReportingOverflow(carry)
                product[i + j] = sum
                carry = high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
            }
            product[i + b.count] = carry
        }
        return product
    }

    /// Sum of two little-endian limb arrays, one limb longer than the longer input.
    private static func addWide(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let count = max(a.count, b.count)
        var sum = [UInt64](repeating: 0, count: count + 1)
        var carry: UInt64 = 0
        for index in 0..<count {
            let (partial, overflow1) = (index < a.count ? a[index] : 0).addingReportingOverflow(
                index < b.count ? b[index] : 0
            )
            let (limb, overflow2) = partial.addingReportingOverflow(carry)
            sum[index] = limb
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        sum[count] = carry
        return sum
    }
}
