/// An element of the prime field GF(2^255 − 19) over which Curve25519 and ristretto255 are built.
///
/// Five unsigned 51-bit limbs, value = l0 + 2^51·l1 + 2^102·l2 + 2^153·l3 + 2^204·l4. The
/// representation is not unique: limbs may exceed 51 bits between operations (sums reach 2^53,
/// multiplication accepts up to 2^54), and only ``canonical`` and ``bytes`` reduce fully mod p.
/// Every operation is branch-free and has no secret-dependent memory access.
struct FieldElement: Sendable {
    var l0: UInt64
    var l1: UInt64
    var l2: UInt64
    var l3: UInt64
    var l4: UInt64

    /// Makes an element from its five limbs, least significant first.
    @inline(__always)
    init(_ l0: UInt64, _ l1: UInt64, _ l2: UInt64, _ l3: UInt64, _ l4: UInt64) {
        self.l0 = l0
        self.l1 = l1
        self.l2 = l2
        self.l3 = l3
        self.l4 = l4
    }

    static let zero = FieldElement(0, 0, 0, 0, 0)
    static let one = FieldElement(1, 0, 0, 0, 0)
    static let minusOne = -one

    static let limbMask: UInt64 = (1 << 51) - 1

    /// Decodes 32 little-endian bytes, ignoring the top bit (RFC 7748 style); values ≥ p are
    /// accepted and reduced, so callers needing canonical input compare ``bytes`` afterwards.
    ///
    /// - Precondition: `bytes.count == 32`.
    init(bytes: [UInt8]) {
        precondition(bytes.count == 32, "a field element is encoded in 32 bytes")
        @inline(__always) func word(_ start: Int) -> UInt64 {
            var value: UInt64 = 0
            for index in (start..<start + 8).reversed() { value = value << 8 | UInt64(bytes[index]) }
            return value
        }
        let mask = FieldElement.limbMask
        self.init(
            word(0) & mask, (word(6) >> 3) & mask, (word(12) >> 6) & mask, (word(19) >> 1) & mask,
            (word(24) >> 12) & mask)
    }

    /// The unique representative in [0, p), as limbs each below 2^51.
    var canonical: FieldElement {
        let mask = FieldElement.limbMask
        let r = weaklyReduced
        // q = 1 exactly when r ≥ p, i.e. when r + 19 overflows 2^255.
        var q = (r.l0 &+ 19) >> 51
        q = (r.l1 &+ q) >> 51
        q = (r.l2 &+ q) >> 51
        q = (r.l3 &+ q) >> 51
        q = (r.l4 &+ q) >> 51
        var l0 = r.l0 &+ 19 &* q
        var l1 = r.l1 &+ (l0 >> 51)
        l0 &= mask
        var l2 = r.l2 &+ (l1 >> 51)
        l1 &= mask
        var l3 = r.l3 &+ (l2 >> 51)
        l2 &= mask
        var l4 = r.l4 &+ (l3 >> 51)
        l3 &= mask
        l4 &= mask  // drops the 2^255 that the added 19·q produced
        return FieldElement(l0, l1, l2, l3, l4)
    }

    /// The canonical 32-byte little-endian encoding.
    var bytes: [UInt8] {
        let c = canonical
        let words = [c.l0 | c.l1 << 51, c.l1 >> 13 | c.l2 << 38, c.l2 >> 26 | c.l3 << 25, c.l3 >> 39 | c.l4 << 12]
        var result = [UInt8](repeating: 0, count: 32)
        for (index, word) in words.enumerated() {
            for byte in 0..<8 { result[index * 8 + byte] = UInt8(truncatingIfNeeded: word >> (8 * byte)) }
        }
        return result
    }

    /// The same value with every limb below 2^51 + 2^13·19, by one round of carries.
    @inline(__always)
    var weaklyReduced: FieldElement {
        let mask = FieldElement.limbMask
        return FieldElement(
            (l0 & mask) &+ (l4 >> 51) &* 19, (l1 & mask) &+ (l0 >> 51), (l2 & mask) &+ (l1 >> 51),
            (l3 & mask) &+ (l2 >> 51), (l4 & mask) &+ (l3 >> 51))
    }

    /// Sum without carries; limbs grow by at most one bit.
    @inline(__always)
    static func + (a: FieldElement, b: FieldElement) -> FieldElement {
        FieldElement(a.l0 &+ b.l0, a.l1 &+ b.l1, a.l2 &+ b.l2, a.l3 &+ b.l3, a.l4 &+ b.l4)
    }

    /// Difference, computed as a + 16p − b so no limb underflows (b's limbs must be below 2^55).
    @inline(__always)
    static func - (a: FieldElement, b: FieldElement) -> FieldElement {
        FieldElement(
            (a.l0 &+ 36_028_797_018_963_664) &- b.l0, (a.l1 &+ 36_028_797_018_963_952) &- b.l1,
            (a.l2 &+ 36_028_797_018_963_952) &- b.l2, (a.l3 &+ 36_028_797_018_963_952) &- b.l3,
            (a.l4 &+ 36_028_797_018_963_952) &- b.l4
        ).weaklyReduced
    }

    /// Additive inverse.
    @inline(__always)
    static prefix func - (a: FieldElement) -> FieldElement { zero - a }

    /// Product; operands' limbs must be below 2^54.
    @inline(__always)
    static func * (a: FieldElement, b: FieldElement) -> FieldElement {
        @inline(__always) func m(_ x: UInt64, _ y: UInt64) -> UInt128 { UInt128(x) &* UInt128(y) }
        // 2^255 ≡ 19, so a limb product landing at 2^(51·(i+j)) with i+j ≥ 5 wraps with a factor 19.
        let b1 = b.l1 &* 19, b2 = b.l2 &* 19, b3 = b.l3 &* 19, b4 = b.l4 &* 19
        let c0 = m(a.l0, b.l0) &+ m(a.l4, b1) &+ m(a.l3, b2) &+ m(a.l2, b3) &+ m(a.l1, b4)
        let c1 = m(a.l1, b.l0) &+ m(a.l0, b.l1) &+ m(a.l4, b2) &+ m(a.l3, b3) &+ m(a.l2, b4)
        let c2 = m(a.l2, b.l0) &+ m(a.l1, b.l1) &+ m(a.l0, b.l2) &+ m(a.l4, b3) &+ m(a.l3, b4)
        let c3 = m(a.l3, b.l0) &+ m(a.l2, b.l1) &+ m(a.l1, b.l2) &+ m(a.l0, b.l3) &+ m(a.l4, b4)
        let c4 = m(a.l4, b.l0) &+ m(a.l3, b.l1) &+ m(a.l2, b.l2) &+ m(a.l1, b.l3) &+ m(a.l0, b.l4)
        return carried(c0, c1, c2, c3, c4)
    }

    /// The square, with the symmetric limb products computed once.
    @inline(__always)
    func squared() -> FieldElement {
        @inline(__always) func m(_ x: UInt64, _ y: UInt64) -> UInt128 { UInt128(x) &* UInt128(y) }
        let d0 = l0 &* 2, d1 = l1 &* 2, d2 = l2 &* 2, d4 = l4 &* 2
        let l3n = l3 &* 19, l4n = l4 &* 19
        let c0 = m(l0, l0) &+ m(d1, l4n) &+ m(d2, l3n)
        let c1 = m(l3, l3n) &+ m(d0, l1) &+ m(d2, l4n)
        let c2 = m(l1, l1) &+ m(d0, l2) &+ m(d4, l3n)
        let c3 = m(l4, l4n) &+ m(d0, l3) &+ m(d1, l2)
        let c4 = m(l2, l2) &+ m(d0, l4) &+ m(d1, l3)
        return FieldElement.carried(c0, c1, c2, c3, c4)
    }

    /// `self` raised to 2^count, by repeated squaring.
    func squared(times count: Int) -> FieldElement {
        var result = self
        for _ in 0..<count { result = result.squared() }
        return result
    }

    /// Carries five 128-bit column sums back into 51-bit limbs.
    @inline(__always)
    private static func carried(
        _ c0: UInt128, _ c1: UInt128, _ c2: UInt128, _ c3: UInt128, _ c4: UInt128
    ) -> FieldElement {
        let mask = limbMask
        let c1 = c1 &+ (c0 >> 51)
        let c2 = c2 &+ (c1 >> 51)
        let c3 = c3 &+ (c2 >> 51)
        let c4 = c4 &+ (c3 >> 51)
        var l0 = (UInt64(truncatingIfNeeded: c0) & mask) &+ UInt64(truncatingIfNeeded: c4 >> 51) &* 19
        let l1 = (UInt64(truncatingIfNeeded: c1) & mask) &+ (l0 >> 51)
        l0 &= mask
        return FieldElement(
            l0, l1, UInt64(truncatingIfNeeded: c2) & mask, UInt64(truncatingIfNeeded: c3) & mask,
            UInt64(truncatingIfNeeded: c4) & mask)
    }
}
