/// A point of the secp256k1 curve y² = x³ + 7 over F_p in Jacobian coordinates (X/Z², Y/Z³).
///
/// Z = 0 is the point at infinity. Formulas: dbl-2009-l and add-1998-cmo-2 from the Explicit-Formulas
/// Database (a = 0). Scalar multiplication is plain double-and-add, not constant time.
struct Secp256k1Point: Sendable {
    /// Jacobian X.
    var x: UInt256
    /// Jacobian Y.
    var y: UInt256
    /// Jacobian Z; zero for the point at infinity.
    var z: UInt256

    /// Arithmetic modulo the field prime p.
    static let field = Secp256k1Modulus(
        UInt256(hex: "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F")
    )
    /// The point at infinity (the group's identity).
    static let infinity = Secp256k1Point(x: .one, y: .one, z: .zero)
    /// The generator G (SEC 2 §2.4.1).
    static let generator = Secp256k1Point(
        x: UInt256(hex: "79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798"),
        y: UInt256(hex: "483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8"),
        z: .one
    )

    /// Makes a point from Jacobian coordinates.
    init(x: UInt256, y: UInt256, z: UInt256) {
        self.x = x
        self.y = y
        self.z = z
    }

    /// The affine point (x, y), which the caller has checked lies on the curve.
    init(affineX: UInt256, affineY: UInt256) { self.init(x: affineX, y: affineY, z: .one) }

    /// Whether this is the point at infinity.
    var isInfinity: Bool { z.isZero }

    /// Whether affine (x, y) satisfies y² = x³ + 7 with both coordinates below p.
    static func isOnCurve(x: UInt256, y: UInt256) -> Bool {
        let f = field
        guard x < f.value, y < f.value else { return false }
        return f.square(y) == f.add(f.multiply(f.square(x), x), UInt256(limbs: SIMD4(7, 0, 0, 0)))
    }

    /// The curve point with affine `x` whose y has the given parity, or nil when x³ + 7 has no root.
    static func lift(x: UInt256, oddY: Bool) -> Secp256k1Point? {
        let f = field
        guard x < f.value else { return nil }
        let right = f.add(f.multiply(f.square(x), x), UInt256(limbs: SIMD4(7, 0, 0, 0)))
        // p ≡ 3 (mod 4), so a square root is right^((p + 1) / 4).
        let exponent = UInt256(hex: "3FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFBFFFFF0C")
        var y = f.power(right, exponent)
        guard f.square(y) == right else { return nil }
        if y.isOdd != oddY { y = f.negate(y) }
        return Secp256k1Point(affineX: x, affineY: y)
    }

    /// Affine coordinates, or nil for the point at infinity.
    var affine: (x: UInt256, y: UInt256)? {
        guard !isInfinity else { return nil }
        let f = Self.field
        let zInverse = f.inverse(z)
        let zInverseSquared = f.square(zInverse)
        return (f.multiply(x, zInverseSquared), f.multiply(y, f.multiply(zInverseSquared, zInverse)))
    }

    /// 2·self.
    func doubled() -> Secp256k1Point {
        let f = Self.field
        guard !isInfinity, !y.isZero else { return .infinity }
        let a = f.square(x)
        let b = f.square(y)
        let c = f.square(b)
        let halfD = f.subtract(f.subtract(f.square(f.add(x, b)), a), c)
        let d = f.add(halfD, halfD)
        let e = f.add(f.add(a, a), a)
        let x3 = f.subtract(f.square(e), f.add(d, d))
        let twoC = f.add(c, c)
        let fourC = f.add(twoC, twoC)
        let eightC = f.add(fourC, fourC)
        let y3 = f.subtract(f.multiply(e, f.subtract(d, x3)), eightC)
        let z3 = f.multiply(f.add(y, y), z)
        return Secp256k1Point(x: x3, y: y3, z: z3)
    }

    /// self + other.
    func adding(_ other: Secp256k1Point) -> Secp256k1Point {
        if isInfinity { return other }
        if other.isInfinity { return self }
        let f = Self.field
        let z1z1 = f.square(z)
        let z2z2 = f.square(other.z)
        let u1 = f.multiply(x, z2z2)
        let u2 = f.multiply(other.x, z1z1)
        let s1 = f.multiply(f.multiply(y, other.z), z2z2)
        let s2 = f.multiply(f.multiply(other.y, z), z1z1)
        if u1 == u2 { return s1 == s2 ? doubled() : .infinity }
        let h = f.subtract(u2, u1)
        let r = f.subtract(s2, s1)
        let hh = f.square(h)
        let hhh = f.multiply(h, hh)
        let v = f.multiply(u1, hh)
        let x3 = f.subtract(f.subtract(f.square(r), hhh), f.add(v, v))
        let y3 = f.subtract(f.multiply(r, f.subtract(v, x3)), f.multiply(s1, hhh))
        let z3 = f.multiply(f.multiply(z, other.z), h)
        return Secp256k1Point(x: x3, y: y3, z: z3)
    }

    /// scalar·self by double-and-add from the top bit (variable time).
    func multiplied(by scalar: UInt256) -> Secp256k1Point {
        var result = Secp256k1Point.infinity
        for index in (0..<256).reversed() {
            result = result.doubled()
            if scalar.bit(index) { result = result.adding(self) }
        }
        return result
    }
}
