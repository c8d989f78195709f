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

    /// Sum mod ℓ, for operands below ℓ.
    static func + (a: Scalar, b: Scalar) -> Scalar {
        let mask = limbMask
        let s0 = a.l0 &+ b.l0
        let s1 = a.l1 &+ b.l1 &+ (s0 >> 52)
        let s2 = a.l2 &+ b.l2 &+ (s1 >> 52)
        let s3 = a.l3 &+ b.l3 &+ (s2 >> 52)
        let s4 = a.l4 &+ b.l4 &+ (s3 >> 52)
        return Scalar(limbs: s0 & mask, s1 & mask, s2 & mask, s3 & mask, s4 & mask) - order
    }

    /// Difference mod ℓ, for operands below ℓ; `x - order` also fully reduces any x below 2ℓ.
    static func - (a: Scalar, b: Scalar) -> Scalar {
        let (d, borrow) = subtractWithBorrow(a, b)
        // Add ℓ back exactly when the subtraction wrapped, without branching on it.
        let addMask = 0 &- borrow
        let mask = limbMask
        let r0 = d.l0 &+ (order.l0 & addMask)
        let r1 = d.l1 &+ (order.l1 & addMask) &+ (r0 >> 52)
        let r2 = d.l2 &+ (order.l2 & addMask) &+ (r1 >> 52)
        let r3 = d.l3 &+ (order.l3 & addMask) &+ (r2 >> 52)
        let r4 = d.l4 &+ (order.l4 & addMask) &+ (r3 >> 52)
        return Scalar(limbs: r0 & mask, r1 & mask, r2 & mask, r3 & mask, r4 & mask)
    }

    /// Additive inverse mod ℓ.
    static prefix func - (a: Scalar) -> Scalar { zero - a }

    /// Product mod ℓ: two Montgomery steps, a·b/R and then ·R²/R.
    static func * (a: Scalar, b: Scalar) -> Scalar {
        montgomeryMultiply(montgomeryMultiply(a, b), montgomeryRSquared)
    }

    /// a − b over the integers in 52-bit limbs (wrapped mod 2^260 when negative) and the final
    /// borrow: 1 when a < b, else 0.
    @inline(__always)
    static func subtractWithBorrow(_ a: Scalar, _ b: Scalar) -> (difference: Scalar, borrow: UInt64) {
        let mask = limbMask
        // Each step's bit 63 is the borrow into the next limb.
        let d0 = a.l0 &- b.l0
        let d1 = a.l1 &- (b.l1 &+ (d0 >> 63))
        let d2 = a.l2 &- (b.l2 &+ (d1 >> 63))
        let d3 = a.l3 &- (b.l3 &+ (d2 >> 63))
        let d4 = a.l4 &- (b.l4 &+ (d3 >> 63))
        return (Scalar(limbs: d0 & mask, d1 & mask, d2 & mask, d3 & mask, d4 & mask), d4 >> 63)
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
}
