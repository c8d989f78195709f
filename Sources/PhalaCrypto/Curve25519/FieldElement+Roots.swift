// Exponentiation chains for inversion and for the square root of a ratio (RFC 9496 §4.2).

extension FieldElement {
    /// √−1, the even root (RFC 9496 §4.1 SQRT_M1).
    static let sqrtMinusOne = FieldElement(
        1_718_705_420_411_056, 234_908_883_556_509, 2_233_514_472_574_048, 2_117_202_627_021_982,
        765_476_049_583_133)

    /// Returns (self^(2^250 − 1), self^11), the common prefix of the p − 2 and (p − 5)/8 chains.
    private func power22501() -> (FieldElement, FieldElement) {
        let t0 = squared()  // 2
        let t1 = t0.squared(times: 2)  // 8
        let t2 = self * t1  // 9
        let t3 = t0 * t2  // 11
        let t4 = t3.squared()  // 22
        let t5 = t2 * t4  // 2^5 − 1
        let t7 = t5.squared(times: 5) * t5  // 2^10 − 1
        let t9 = t7.squared(times: 10) * t7  // 2^20 − 1
        let t11 = t9.squared(times: 20) * t9  // 2^40 − 1
        let t13 = t11.squared(times: 10) * t7  // 2^50 − 1
        let t15 = t13.squared(times: 50) * t13  // 2^100 − 1
        let t17 = t15.squared(times: 100) * t15  // 2^200 − 1
        let t19 = t17.squared(times: 50) * t13  // 2^250 − 1
        return (t19, t3)
    }

    /// The multiplicative inverse, self^(p − 2); zero maps to zero.
    func inverted() -> FieldElement {
        let (t19, t3) = power22501()
        return t19.squared(times: 5) * t3  // 2^255 − 32 + 11 = p − 2
    }

    /// self^((p − 5)/8) = self^(2^252 − 3).
    private func powerPMinus5Over8() -> FieldElement {
        let (t19, _) = power22501()
        return t19.squared(times: 2) * self
    }

    /// RFC 9496 §4.2 SQRT_RATIO_M1: the non-negative √(u/v) when u/v is a square, else √(i·u/v).
    ///
    /// - Returns: `wasSquare` yes when u/v is a square (including u = 0), and the root.
    static func sqrtRatioMinusOne(_ u: FieldElement, _ v: FieldElement) -> (wasSquare: Choice, root: FieldElement) {
        let v3 = v.squared() * v
        let v7 = v3.squared() * v
        var r = (u * v3) * (u * v7).powerPMinus5Over8()
        let check = v * r.squared()
        let negatedU = -u
        let correctSign = check.isEqual(to: u)
        let flippedSign = check.isEqual(to: negatedU)
        let flippedSignTimesI = check.isEqual(to: negatedU * sqrtMinusOne)
        r.assign(sqrtMinusOne * r, if: flippedSign | flippedSignTimesI)
        return (correctSign | flippedSign, r.absolute)
    }
}
