/// A point of the twisted Edwards curve −x² + y² = 1 + d·x²·y² (edwards25519) in extended
/// coordinates (X : Y : Z : T) with x = X/Z, y = Y/Z and x·y = T/Z.
///
/// The curve group has order 8·ℓ; ``RistrettoPoint`` wraps this type and quotients out the
/// 8-torsion. Formulas are the unified ones of Hisil–Wong–Carter–Dawson (2008), in the
/// completed / projective / Niels forms curve25519-dalek popularised.
struct EdwardsPoint: Sendable {
    var x: FieldElement
    var y: FieldElement
    var z: FieldElement
    var t: FieldElement

    /// The curve constant d = −121665/121666.
    static let d = FieldElement(
        929_955_233_495_203, 466_365_720_129_213, 1_662_059_464_998_953, 2_033_849_074_728_123,
        1_442_794_654_840_575)
    /// 2·d, used by the addition formulas.
    static let doubleD = FieldElement(
        1_859_910_466_990_425, 932_731_440_258_426, 1_072_319_116_312_658, 1_815_898_335_770_999,
        633_789_495_995_903)

    /// The neutral element (0, 1).
    static let identity = EdwardsPoint(x: .zero, y: .one, z: .one, t: .zero)

    /// The standard generator B: y = 4/5, x even (RFC 8032 §5.1).
    static let basepoint = EdwardsPoint(
        x: FieldElement(
            1_738_742_601_995_546, 1_146_398_526_822_698, 2_070_867_633_025_821, 562_264_141_797_630,
            587_772_402_128_613),
        y: FieldElement(
            1_801_439_850_948_184, 1_351_079_888_211_148, 450_359_962_737_049, 900_719_925_474_099,
            1_801_439_850_948_198),
        z: .one,
        t: FieldElement(
            1_841_354_044_333_475, 16_398_895_984_059, 755_974_180_946_558, 900_171_276_175_154,
            1_821_297_809_914_039))

    /// The same point without T, for doubling.
    @inline(__always)
    var projective: ProjectivePoint { ProjectivePoint(x: x, y: y, z: z) }

    /// The cached form used as the right operand of additions.
    @inline(__always)
    var projectiveNiels: ProjectiveNielsPoint {
        ProjectiveNielsPoint(yPlusX: y + x, yMinusX: y - x, z: z, t2d: t * EdwardsPoint.doubleD)
    }

    /// The point in affine Niels form (one inversion), for precomputed tables.
    var affineNiels: AffineNielsPoint {
        let inverseZ = z.inverted()
        let affineX = x * inverseZ, affineY = y * inverseZ
        return AffineNielsPoint(
            yPlusX: affineY + affineX, yMinusX: affineY - affineX, xy2d: affineX * affineY * EdwardsPoint.doubleD)
    }

    /// 2·self.
    @inline(__always)
    func doubled() -> EdwardsPoint { projective.doubled().extended }

    /// 2^k·self for k ≥ 1, staying in projective form between doublings.
    func multipliedByPowerOfTwo(_ k: Int) -> EdwardsPoint {
        var point = projective
        for _ in 1..<k { point = point.doubled().projective }
        return point.doubled().extended
    }

    /// Group addition.
    @inline(__always)
    static func + (a: EdwardsPoint, b: EdwardsPoint) -> EdwardsPoint { (a + b.projectiveNiels).extended }

    /// Group subtraction.
    @inline(__always)
    static func - (a: EdwardsPoint, b: EdwardsPoint) -> EdwardsPoint { (a - b.projectiveNiels).extended }

    /// The inverse point (−x, y).
    @inline(__always)
    static prefix func - (a: EdwardsPoint) -> EdwardsPoint { EdwardsPoint(x: -a.x, y: a.y, z: a.z, t: -a.t) }

    /// Adds a point in projective Niels form.
    @inline(__always)
    static func + (a: EdwardsPoint, b: ProjectiveNielsPoint) -> CompletedPoint {
        let pp = (a.y + a.x) * b.yPlusX
        let mm = (a.y - a.x) * b.yMinusX
        let tt2d = a.t * b.t2d
        let zz = a.z * b.z
        let zz2 = zz + zz
        return CompletedPoint(x: pp - mm, y: pp + mm, z: zz2 + tt2d, t: zz2 - tt2d)
    }

    /// Subtracts a point in projective Niels form.
    @inline(__always)
    static func - (a: EdwardsPoint, b: ProjectiveNielsPoint) -> CompletedPoint {
        let pm = (a.y + a.x) * b.yMinusX
        let mp = (a.y - a.x) * b.yPlusX
        let tt2d = a.t * b.t2d
        let zz = a.z * b.z
        let zz2 = zz + zz
        return CompletedPoint(x: pm - mp, y: pm + mp, z: zz2 - tt2d, t: zz2 + tt2d)
    }

    /// Adds a point in affine Niels form (one multiplication fewer: its Z is 1).
    @inline(__always)
    static func + (a: EdwardsPoint, b: AffineNielsPoint) -> CompletedPoint {
        let pp = (a.y + a.x) * b.yPlusX
        let mm = (a.y - a.x) * b.yMinusX
        let txy2d = a.t * b.xy2d
        let z2 = a.z + a.z
        return CompletedPoint(x: pp - mm, y: pp + mm, z: z2 + txy2d, t: z2 - txy2d)
    }

    /// Subtracts a point in affine Niels form.
    @inline(__always)
    static func - (a: EdwardsPoint, b: AffineNielsPoint) -> CompletedPoint {
        let pm = (a.y + a.x) * b.yMinusX
        let mp = (a.y - a.x) * b.yPlusX
        let txy2d = a.t * b.xy2d
        let z2 = a.z + a.z
        return CompletedPoint(x: pm - mp, y: pm + mp, z: z2 - txy2d, t: z2 + txy2d)
    }
}
