public import PhalaPrimitives

// The chain's side of the tokenomics (pallets/phala/src/compute/computation.rs `Tokenomic`,
// phala-facts.md §3.1): what a worker must stake and the V it starts computing with.

extension TokenomicParameters {
    /// The least stake a worker with performance score `score` may start computing with: `k·√P`,
    /// the square root keeping 32 fractional bits, converted to planck by truncation.
    ///
    /// With Phala's `k` = 100, P = 1000 needs 3162.277660146355 PHA.
    /// - Parameter score: the worker's initial performance score P.
    /// - Returns: the minimal stake.
    /// - Throws: `FixedPointError.overflow` when `k·√P` does not fit.
    public func minimalStake(score: UInt32) throws(FixedPointError) -> Balance {
        let product = try k.multiplied(by: U64F64(UInt64(score)).squareRoot())
        return try Balance(pha: product)
    }

    /// The estimated cost of a rig with performance score `score`, in PHA: `rigK·P + rigB`.
    /// - Parameter score: the performance score P.
    /// - Returns: the rig cost.
    /// - Throws: `FixedPointError.overflow` when the cost does not fit.
    public func rigCost(score: UInt32) throws(FixedPointError) -> U64F64 {
        try rigK.multiplied(by: U64F64(UInt64(score))).adding(rigB)
    }

    /// The V a worker starts computing with (Ve): `((re − 1)·conf + 1) · (S + rigCost(P))`, S the
    /// stake in PHA and conf the chain's confidence score.
    /// - Parameters:
    ///   - stake: the stake the worker computes with.
    ///   - score: the worker's initial performance score P.
    ///   - confidenceLevel: the attestation's confidence level (1–5).
    /// - Returns: Ve.
    /// - Throws: `FixedPointError.underflow` when `re` is below 1, `.overflow` when a step does not fit.
    public func initialV(stake: Balance, score: UInt32, confidenceLevel: UInt8) throws(FixedPointError) -> U64F64 {
        let confidence = Self.chainConfidenceScore(level: confidenceLevel)
        let tweakedReturn = try re.subtracting(.one).multiplied(by: confidence).adding(.one)
        let base = try U64F64(balance: stake).adding(try rigCost(score: score))
        return try tweakedReturn.multiplied(by: base)
    }

    /// The weight of a confidence level in Ve, as the chain scores it: levels 1–3 score 1, level 4
    /// scores 0.8, level 5 scores 0.7, and every other level scores 1 (the gatekeeper differs, see
    /// `WorkerEconomics.confidenceScore(level:)`).
    /// - Parameter level: the attestation's confidence level.
    /// - Returns: the score.
    public static func chainConfidenceScore(level: UInt8) -> U64F64 {
        switch level {
        case 4: fourFifths
        case 5: sevenTenths
        default: .one
        }
    }

    /// 0.8 rounded to nearest, as `fp!(0.8)`.
    static let fourFifths = U64F64(bits: 14_757_395_258_967_641_293)
    /// 0.7 rounded to nearest, as `fp!(0.7)`.
    static let sevenTenths = U64F64(bits: 12_912_720_851_596_686_131)
}
