/// The odd multiples [1, 3, 5, …, 127]·B of the basepoint in affine Niels form, for the
/// width-8 NAF half of ``EdwardsPoint/vartimeDoubleScalarMultiple(_:_:_:)``.
///
/// Built on first use (64 points, one inversion each) and shared read-only afterwards.
enum BasepointOddMultiples {
    /// Entry i is (2i + 1)·B.
    static let table: [AffineNielsPoint] = {
        let double = EdwardsPoint.basepoint.doubled()
        var multiple = EdwardsPoint.basepoint
        var result = [AffineNielsPoint]()
        result.reserveCapacity(64)
        for _ in 0..<64 {
            result.append(multiple.affineNiels)
            multiple = multiple + double
        }
        return result
    }()
}
