// Scalar multiplication in ristretto255, delegated to the Edwards representative.

extension RistrettoPoint {
    /// s·P in constant time (safe for secret scalars).
    static func * (s: Scalar, p: RistrettoPoint) -> RistrettoPoint {
        RistrettoPoint(edwards: p.edwards.multiplied(by: s))
    }

    /// s·B for the basepoint B, in constant time from a precomputed table (safe for secret scalars).
    static func basepointMultiple(_ s: Scalar) -> RistrettoPoint {
        RistrettoPoint(edwards: BasepointTable.multiply(s))
    }

    /// a·P + b·B in variable time: only for public inputs, as in signature verification.
    static func vartimeDoubleScalarMultiple(_ a: Scalar, _ point: RistrettoPoint, _ b: Scalar) -> RistrettoPoint {
        RistrettoPoint(edwards: EdwardsPoint.vartimeDoubleScalarMultiple(a, point.edwards, b))
    }
}
