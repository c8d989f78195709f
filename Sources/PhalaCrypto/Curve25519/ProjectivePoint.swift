/// An Edwards point as (X : Y : Z) without the extended T coordinate: the cheapest form to double.
struct ProjectivePoint: Sendable {
    var x: FieldElement
    var y: FieldElement
    var z: FieldElement

    /// The neutral element.
    static let identity = ProjectivePoint(x: .zero, y: .one, z: .one)

    /// The point in extended coordinates.
    @inline(__always)
    var extended: EdwardsPoint { EdwardsPoint(x: x * z, y: y * z, z: z.squared(), t: x * y) }

    /// 2·self (the a = −1 doubling formula, "dbl-2008-hwcd").
    @inline(__always)
    func doubled() -> CompletedPoint {
        let xx = x.squared()
        let yy = y.squared()
        let zz = z.squared()
        let zz2 = zz + zz
        let xPlusYSquared = (x + y).squared()
        let yyPlusXX = yy + xx
        let yyMinusXX = yy - xx
        return CompletedPoint(x: xPlusYSquared - yyPlusXX, y: yyPlusXX, z: yyMinusXX, t: zz2 - yyMinusXX)
    }
}
