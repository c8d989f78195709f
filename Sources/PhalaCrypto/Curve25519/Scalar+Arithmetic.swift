// Arithmetic mod ℓ on 52-bit limbs. Every result is fully reduced, which keeps `==` meaningful.

extension Scalar {
    /// R mod ℓ with R = 2^260, the Montgomery radix.
    static let montgomeryR = Scalar(
        limbs: 0xf_48bd_6721_e6ed, 0x3_bab5_ac67_e45a, 0xf_ffff_eb35_e51b, 0xf_ffff_ffff_ffff, 0xfff_ffff_ffff)
    /// R² mod ℓ.
    static let montgomeryRSquared = Scalar(
        limbs: 0x9_d265_e952_d13b, 0xd_63c7_15be_a69f, 0x5_be65_cb68_7604, 0x3_dcee_c73d_217f, 0x94_11b7_c309a)
    /// −ℓ⁻¹ mod 2^52.
    private static let montgomeryFactor: UInt64 = 0x5_1da3_1254_7e1b

    /// Sum mod ℓ.
    static func + (a: Scalar, b: Scalar) -> Scalar {
        let mask = limbMask
        var carry: UInt64 = 0
        var sum = [UInt64](repeating: 0, count: 5)
        for index in 0..<5 {
            carry = a[index] &+ b[index] &+ (carry >> 52)
            sum[index] = carry & mask
        }
        return Scalar(limbs: sum[0], sum[1], sum[2], sum[3], sum[4]) - order
    }

    /// Difference mod ℓ, for operands below ℓ; `x - order` also fully reduces any x below 2ℓ.
    static func - (a: Scalar, b: Scalar) -> Scalar {
        let (difference, borrow) = subtractWithBorrow(a, b)
        // Add ℓ back exactly when the subtraction wrapped, without branching on it.
        let addMask = 0 &- borrow
        let mask = limbMask
        var carry: UInt64 = 0
        var result = [UInt64](repeating: 0, count: 5)
        for index in 0..<5 {
            carry = (carry >> 52) &+ difference[index] &+ (order[index] & addMask)
            result[index] = carry & mask
        }
        return Scalar(limbs: result[0], result[1], result[2], result[3], result[4])
    }

    /// Additive inverse mod ℓ.
    static prefix func - (a: Scalar) -> Scalar { zero - a }

    /// Product mod ℓ: two Montgomery steps, a·b/R and then ·R²/R.
    static func * (a: Scalar, b: Scalar) -> Scalar {
        montgomeryMultiply(montgomeryMultiply(a, b), montgomeryRSquared)
    }

    /// a − b over the integers in 52-bit limbs (wrapped mod 2^260 when negative) and the final
    /// borrow: 1 when a < b, else 0.
    static func subtractWithBorrow(_ a: Scalar, _ b: Scalar) -> (difference: Scalar, borrow: UInt64) {
        let mask = limbMask
        var borrow: UInt64 = 0
        var difference = [UInt64](repeating: 0, count: 5)
        for index in 0..<5 {
            borrow = a[index] &- (b[index] &+ (borrow >> 63))
            difference[index] = borrow & mask
        }
        return (Scalar(limbs: difference[0], difference[1], difference[2], difference[3], difference[4]), borrow >> 63)
    }

    /// a·b/R mod ℓ for a·b < R·ℓ (true when both are below 2^260 and one is below ℓ).
    static func montgomeryMultiply(_ a: Scalar, _ b: Scalar) -> Scalar {
        @inline(__always) func m(_ x: UInt64, _ y: UInt64) -> UInt128 { UInt128(x) &* UInt128(y) }
        let z0 = m(a.l0, b.l0)
        let z1 = m(a.l0, b.l1) &+ m(a.l1, b.l0)
        let z2 = m(a.l0, b.l2) &+ m(a.l1, b.l1) &+ m(a.l2, b.l0)
        let z3 = m(a.l0, b.l3) &+ m(a.l1, b.l2) &+ m(a.l2, b.l1) &+ m(a.l3, b.l0)
        let z4 = m(a.l0, b.l4) &+ m(a.l1, b.l3) &+ m(a.l2, b.l2) &+ m(a.l3, b.l1) &+ m(a.l4, b.l0)
        let z5 = m(a.l1, b.l4) &+ m(a.l2, b.l3) &+ m(a.l3, b.l2) &+ m(a.l4, b.l1)
        let z6 = m(a.l2, b.l4) &+ m(a.l3, b.l3) &+ m(a.l4, b.l2)
        let z7 = m(a.l3, b.l4) &+ m(a.l4, b.l3)
        let z8 = m(a.l4, b.l4)
        return montgomeryReduce(z0, z1, z2, z3, z4, z5, z6, z7, z8)
    }

    /// Divides the 9-limb column sum z by R mod ℓ: adds the multiple n·ℓ that clears the low five
    /// limbs, keeps the high ones, and subtracts ℓ once if needed.
    private static func montgomeryReduce(
        _ z0: UInt128, _ z1: UInt128, _ z2: UInt128, _ z3: UInt128, _ z4: UInt128,
        _ z5: UInt128, _ z6: UInt128, _ z7: UInt128, _ z8: UInt128
    ) -> Scalar {
        @inline(__always) func m(_ x: UInt64, _ y: UInt64) -> UInt128 { UInt128(x) &* UInt128(y) }
        let mask = limbMask
        let l = order  // l3 is zero, so its products are left out
        // Chooses the limb n_i that makes column i divisible by 2^52, and carries.
        @inline(__always) func clear(_ sum: UInt128) -> (carry: UInt128, n: UInt64) {
            let n = (UInt64(truncatingIfNeeded: sum) &* montgomeryFactor) & mask
            return ((sum &+ m(n, l.l0)) >> 52, n)
        }
        @inline(__always) func keep(_ sum: UInt128) -> (carry: UInt128, limb: UInt64) {
            (sum >> 52, UInt64(truncatingIfNeeded: sum) & mask)
        }
        let (c0, n0) = clear(z0)
        let (c1, n1) = clear(c0 &+ z1 &+ m(n0, l.l1))
        let (c2, n2) = clear(c1 &+ z2 &+ m(n0, l.l2) &+ m(n1, l.l1))
        let (c3, n3) = clear(c2 &+ z3 &+ m(n1, l.l2) &+ m(n2, l.l1))
        let (c4, n4) = clear(c3 &+ z4 &+ m(n0, l.l4) &+ m(n2, l.l2) &+ m(n3, l.l1))
        let (c5, r0) = keep(c4 &+ z5 &+ m(n1, l.l4) &+ m(n3, l.l2) &+ m(n4, l.l1))
        let (c6, r1) = keep(c5 &+ z6 &+ m(n2, l.l4) &+ m(n4, l.l2))
        let (c7, r2) = keep(c6 &+ z7 &+ m(n3, l.l4))
        let (c8, r3) = keep(c7 &+ z8 &+ m(n4, l.l4))
        return Scalar(limbs: r0, r1, r2, r3, UInt64(truncatingIfNeeded: c8)) - order
    }

    /// Limb `index` (0 = least significant).
    @inline(__always)
    private subscript(index: Int) -> UInt64 {
        switch index {
        case 0: l0
        case 1: l1
        case 2: l2
        case 3: l3
        default: l4
        }
    }
}
