// Hashing to the group: RFC 9496 §4.3.4, the one-way map from 64 uniform bytes.

extension RistrettoPoint {
    /// √(a·d − 1) with a = −1 (RFC 9496 §4.1 SQRT_AD_MINUS_ONE).
    static let sqrtADMinusOne = FieldElement(
        2_241_493_124_984_347, 425_987_919_032_274, 2_207_028_919_301_688, 1_220_490_630_685_848,
        974_799_131_293_748)
    /// 1 − d² (RFC 9496 §4.1 ONE_MINUS_D_SQ).
    static let oneMinusDSquared = FieldElement(
        1_136_626_929_484_150, 1_998_550_399_581_263, 496_427_632_559_748, 118_527_312_129_759,
        45_110_755_273_534)
    /// (d − 1)² (RFC 9496 §4.1 D_MINUS_ONE_SQ).
    static let dMinusOneSquared = FieldElement(
        1_507_062_230_895_904, 1_572_317_787_530_805, 683_053_064_812_840, 317_374_165_784_489,
        1_572_899_562_415_810)

    /// Maps 64 uniformly random bytes to a uniformly distributed group element, with no known
    /// discrete log: each half goes through the Elligator-based MAP and the two are added.
    ///
    /// - Precondition: `bytes.count == 64` (callers pass a hash or transcript output).
    init(uniformBytes bytes: [UInt8]) {
        precondition(bytes.count == 64, "the one-way map takes 64 bytes")
        let first = RistrettoPoint.elligator(FieldElement(bytes: Array(bytes[0..<32])))
        let second = RistrettoPoint.elligator(FieldElement(bytes: Array(bytes[32..<64])))
        self.init(edwards: first + second)
    }

    /// RFC 9496 §4.3.4 MAP(t): the Elligator 2 map onto the Jacobi quartic, pushed to the curve.
    private static func elligator(_ t: FieldElement) -> EdwardsPoint {
        let d = EdwardsPoint.d
        let r = FieldElement.sqrtMinusOne * t.squared()
        let u = (r + .one) * oneMinusDSquared
        let v = (FieldElement.minusOne - r * d) * (r + d)
        var (wasSquare, s) = FieldElement.sqrtRatioMinusOne(u, v)
        let sPrime = -((s * t).absolute)
        s = FieldElement.select(sPrime, s, if: wasSquare)
        let c = FieldElement.select(r, .minusOne, if: wasSquare)
        let n = c * (r - .one) * dMinusOneSquared - v
        let w0 = (s + s) * v
        let w1 = n * sqrtADMinusOne
        let ss = s.squared()
        let w2 = FieldElement.one - ss
        let w3 = FieldElement.one + ss
        return EdwardsPoint(x: w0 * w3, y: w2 * w1, z: w1 * w3, t: w0 * w2)
    }
}
