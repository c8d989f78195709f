/// A point cached as (Y + X, Y − X, Z, 2d·T) so that adding it to an ``EdwardsPoint`` costs
/// 4 multiplications: the form of per-call lookup tables.
struct ProjectiveNielsPoint: Sendable {
    var yPlusX: FieldElement
    var yMinusX: FieldElement
    var z: FieldElement
    var t2d: FieldElement

    /// The neutral element.
    static let identity = ProjectiveNielsPoint(yPlusX: .one, yMinusX: .one, z: .one, t2d: .zero)

    /// Replaces `self` by `other` when `choice` is yes, without branching.
    @inline(__always)
    mutating func assign(_ other: ProjectiveNielsPoint, if choice: Choice) {
        yPlusX.assign(other.yPlusX, if: choice)
        yMinusX.assign(other.yMinusX, if: choice)
        z.assign(other.z, if: choice)
        t2d.assign(other.t2d, if: choice)
    }

    /// Negates `self` when `choice` is yes, without branching: −(x, y) swaps Y + X and Y − X.
    @inline(__always)
    mutating func negate(if choice: Choice) {
        let plus = yPlusX
        yPlusX.assign(yMinusX, if: choice)
        yMinusX.assign(plus, if: choice)
        t2d = t2d.negated(if: choice)
    }
}

/// A point cached in affine form as (y + x, y − x, 2d·x·y): the form of the precomputed
/// basepoint tables, whose Z = 1 saves a multiplication per addition.
struct AffineNielsPoint: Sendable {
    var yPlusX: FieldElement
    var yMinusX: FieldElement
    var xy2d: FieldElement

    /// The neutral element.
    static let identity = AffineNielsPoint(yPlusX: .one, yMinusX: .one, xy2d: .zero)

    /// Replaces `self` by `other` when `choice` is yes, without branching.
    @inline(__always)
    mutating func assign(_ other: AffineNielsPoint, if choice: Choice) {
        yPlusX.assign(other.yPlusX, if: choice)
        yMinusX.assign(other.yMinusX, if: choice)
        xy2d.assign(other.xy2d, if: choice)
    }

    /// Negates `self` when `choice` is yes, without branching.
    @inline(__always)
    mutating func negate(if choice: Choice) {
        let plus = yPlusX
        yPlusX.assign(yMinusX, if: choice)
        yMinusX.assign(plus, if: choice)
        xy2d = xy2d.negated(if: choice)
    }
}
