public import SCALE

/// What executing something costs the block: computation time and proof size (sp-weights' `Weight` v2).
///
/// SCALE: `Compact<u64> ref_time ‖ Compact<u64> proof_size`, as `System.ExtrinsicSuccess` and
/// `TransactionPaymentApi_query_info` carry it. Arithmetic saturates, as Substrate's does.
public struct Weight: Sendable, Hashable {
    /// Computation time in picoseconds of reference hardware.
    public var refTime: UInt64
    /// Bytes of state proof a light client would need.
    public var proofSize: UInt64

    /// Creates a weight.
    /// - Parameters:
    ///   - refTime: computation time in picoseconds.
    ///   - proofSize: proof bytes.
    public init(refTime: UInt64, proofSize: UInt64 = 0) {
        self.refTime = refTime
        self.proofSize = proofSize
    }

    /// No cost.
    public static let zero = Weight(refTime: 0)

    /// One picosecond of reference time, per Substrate's `WEIGHT_REF_TIME_PER_SECOND` = 10¹².
    public static let refTimePerSecond: UInt64 = 1_000_000_000_000

    /// Both components added, saturating at `UInt64.max`.
    /// - Parameter other: the weight to add.
    /// - Returns: the sum.
    public func saturatingAdding(_ other: Weight) -> Weight {
        let (time, timeOverflow) = refTime.addingReportingOverflow(other.refTime)
        let (proof, proofOverflow) = proofSize.addingReportingOverflow(other.proofSize)
        return Weight(refTime: timeOverflow ? .max : time, proofSize: proofOverflow ? .max : proof)
    }

    /// Whether either component is above `limit`'s.
    /// - Parameter limit: the limit to compare with.
    /// - Returns: true when this weight does not fit in `limit`.
    public func exceedsAny(_ limit: Weight) -> Bool {
        refTime > limit.refTime || proofSize > limit.proofSize
    }
}

extension Weight: ScaleCodable {
    /// Appends both components as compact integers.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: Compact(refTime), Compact(proofSize))
    }

    /// Reads two compact integers.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        refTime = try decoder.decode(Compact<UInt64>.self).value
        proofSize = try decoder.decode(Compact<UInt64>.self).value
    }
}
