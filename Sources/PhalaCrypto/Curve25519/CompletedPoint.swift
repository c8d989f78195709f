/// The output of an Edwards addition or doubling, ((X : Z), (Y : T)) with x = X/Z and y = Y/T,
/// before paying the multiplications that convert it back.
///
/// Keeping this intermediate form lets a chain of doublings skip computing T (convert to
/// ``ProjectivePoint``, 3 multiplications) and pay for T only before an addition (convert to
/// ``EdwardsPoint``, 4 multiplications).
struct CompletedPoint: Sendable {
    var x: FieldElement
    var y: FieldElement
    var z: FieldElement
    var t: FieldElement

    /// The point in extended coordinates.
    @inline(__always)
    var extended: EdwardsPoint { EdwardsPoint(x: x * t, y: y * z, z: z * t, t: x * y) }

    /// The point in projective coordinates, ready for another doubling.
    @inline(__always)
    var projective: ProjectivePoint { ProjectivePoint(x: x * t, y: y * z, z: z * t) }
}
