/// A point of the ristretto255 prime-order group (RFC 9496), the group sr25519 keys and
/// signatures live in.
///
/// Represented by any edwards25519 point of its coset modulo the 8-torsion; ``compressed``
/// picks the canonical encoding and `==` compares cosets, so two representatives of one element
/// are equal and encode identically.
struct RistrettoPoint: Sendable, Equatable {
    /// One Edwards representative of the coset.
    var edwards: EdwardsPoint

    /// The neutral element; it encodes as 32 zero bytes.
    static let identity = RistrettoPoint(edwards: .identity)

    /// The generator, represented by the edwards25519 basepoint (RFC 9496 §4.4).
    static let basepoint = RistrettoPoint(edwards: .basepoint)

    /// 1/√(a − d) with a = −1 (RFC 9496 §4.1 INVSQRT_A_MINUS_D).
    static let inverseSqrtAMinusD = FieldElement(
        278_908_739_862_762, 821_645_201_101_625, 8_113_234_426_968, 1_777_959_178_193_151,
        2_118_520_810_568_447)

    /// Wraps an Edwards representative.
    init(edwards: EdwardsPoint) {
        self.edwards = edwards
    }

    /// Decodes a 32-byte encoding (RFC 9496 §4.3.1).
    ///
    /// - Returns: nil unless `bytes` is 32 bytes holding a canonical, non-negative field element s
    ///   that decodes to a valid point; every other byte string is rejected, so each group element
    ///   has exactly one accepted encoding.
    init?(compressed bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        let s = FieldElement(bytes: bytes)
        // Canonical means s < p (and so the top bit is clear): re-encoding must give the input back.
        guard s.bytes == bytes, !s.isNegative.isTrue else { return nil }

        let ss = s.squared()
        let u1 = FieldElement.one - ss
        let u2 = FieldElement.one + ss
        let u2Squared = u2.squared()
        let v = -(EdwardsPoint.d * u1.squared()) - u2Squared
        let (wasSquare, inverseSqrt) = FieldElement.sqrtRatioMinusOne(.one, v * u2Squared)
        let denominatorX = inverseSqrt * u2
        let denominatorY = inverseSqrt * denominatorX * v
        let x = ((s + s) * denominatorX).absolute
        let y = u1 * denominatorY
        let t = x * y
        guard (wasSquare & !t.isNegative & !y.isZero).isTrue else { return nil }
        self.init(edwards: EdwardsPoint(x: x, y: y, z: .one, t: t))
    }

    /// The canonical 32-byte encoding (RFC 9496 §4.3.2).
    var compressed: [UInt8] {
        let (x0, y0, z0, t0) = (edwards.x, edwards.y, edwards.z, edwards.t)
        let u1 = (z0 + y0) * (z0 - y0)
        let u2 = x0 * y0
        let (_, inverseSqrt) = FieldElement.sqrtRatioMinusOne(.one, u1 * u2.squared())
        let denominator1 = inverseSqrt * u1
        let denominator2 = inverseSqrt * u2
        let inverseZ = denominator1 * denominator2 * t0
        let rotate = (t0 * inverseZ).isNegative
        let x = FieldElement.select(x0, y0 * FieldElement.sqrtMinusOne, if: rotate)
        var y = FieldElement.select(y0, x0 * FieldElement.sqrtMinusOne, if: rotate)
        let inverseDenominator = FieldElement.select(
            denominator2, denominator1 * RistrettoPoint.inverseSqrtAMinusD, if: rotate)
        y = y.negated(if: (x * inverseZ).isNegative)
        return (inverseDenominator * (z0 - y)).absolute.bytes
    }

    /// Equality of group elements (RFC 9496 §4.3.3): X1·Y2 = Y1·X2 or Y1·Y2 = X1·X2.
    static func == (a: RistrettoPoint, b: RistrettoPoint) -> Bool {
        let p = a.edwards, q = b.edwards
        return ((p.x * q.y).isEqual(to: p.y * q.x) | (p.y * q.y).isEqual(to: p.x * q.x)).isTrue
    }

    /// Group addition.
    static func + (a: RistrettoPoint, b: RistrettoPoint) -> RistrettoPoint {
        RistrettoPoint(edwards: a.edwards + b.edwards)
    }

    /// Group subtraction.
    static func - (a: RistrettoPoint, b: RistrettoPoint) -> RistrettoPoint {
        RistrettoPoint(edwards: a.edwards - b.edwards)
    }

    /// The inverse element.
    static prefix func - (a: RistrettoPoint) -> RistrettoPoint {
        RistrettoPoint(edwards: -a.edwards)
    }
}
