public import PhalaPrimitives

/// One computing worker's economic state as the gatekeeper tracks it: V, its growth not yet paid
/// out, and the performance scores behind the worker's share of the budget (gk.rs `TokenomicInfo`,
/// phala-facts.md §3.5).
///
/// Every gatekeeper must derive the same bits, so each step uses truncating U64F64 arithmetic in
/// the order of Phala's source. A step that throws leaves the state unchanged.
public struct WorkerEconomics: Sendable, Hashable {
    /// The worker's current V.
    public var v: U64F64
    /// The V the session started with.
    public var vInit: U64F64
    /// The V growth since the last payout (uncapped by `vMax`), deducted from V at the next payout.
    public var vDeductible: U64F64
    /// When V was last settled, in milliseconds (the block timestamp).
    public var vUpdateAt: UInt64
    /// The block V was last settled in; the next payout covers the blocks since.
    public var vUpdateBlock: UInt32
    /// The iteration count of the last accepted heartbeat.
    public var iterationLast: UInt64
    /// The challenge time of the last accepted heartbeat, in milliseconds.
    public var challengeTimeLast: UInt64
    /// The benchmark score the session started with.
    public var pBench: U64F64
    /// The performance score measured from the last heartbeat.
    public var pInstant: U64F64
    /// The attestation's confidence level.
    public var confidenceLevel: UInt8
    /// Whether the last heartbeat reported a running contract cluster (the benchmark pauses then).
    public var contractRunning: Bool

    /// Sets every field; the defaults give gk.rs's `TokenomicInfo::default()`.
    public init(
        v: U64F64 = .zero,
        vInit: U64F64 = .zero,
        vDeductible: U64F64 = .zero,
        vUpdateAt: UInt64 = 0,
        vUpdateBlock: UInt32 = 0,
        iterationLast: UInt64 = 0,
        challengeTimeLast: UInt64 = 0,
        pBench: U64F64 = .zero,
        pInstant: U64F64 = .zero,
        confidenceLevel: UInt8 = 0,
        contractRunning: Bool = false
    ) {
        self.v = v
        self.vInit = vInit
        self.vDeductible = vDeductible
        self.vUpdateAt = vUpdateAt
        self.vUpdateBlock = vUpdateBlock
        self.iterationLast = iterationLast
        self.challengeTimeLast = challengeTimeLast
        self.pBench = pBench
        self.pInstant = pInstant
        self.confidenceLevel = confidenceLevel
        self.contractRunning = contractRunning
    }

    /// The state of a session the chain reported as started (`WorkerEvent::Started`): V and its
    /// initial value are `initialV`, both scores are `initialScore`, and the clocks start now.
    /// - Parameters:
    ///   - block: the block whose messages contained the start.
    ///   - nowMs: that block's timestamp in milliseconds.
    ///   - initialV: Ve as the chain computed it.
    ///   - initialScore: the worker's initial performance score P.
    ///   - confidenceLevel: the confidence level the worker registered with.
    public init(startedAt block: UInt32, nowMs: UInt64, initialV: U64F64, initialScore: UInt32, confidenceLevel: UInt8)
    {
        let score = U64F64(UInt64(initialScore))
        self.init(
            v: initialV,
            vInit: initialV,
            vUpdateAt: nowMs,
            vUpdateBlock: block,
            challengeTimeLast: nowMs,
            pBench: score,
            pInstant: score,
            confidenceLevel: confidenceLevel
        )
    }

    /// The performance score that counts: the benchmark score while a contract cluster runs,
    /// otherwise the one measured from heartbeats.
    public var performance: U64F64 { contractRunning ? pBench : pInstant }

    /// The worker's weight in the budget: `√(v² + (2·p·conf)²)`, the square root keeping 32
    /// fractional bits and conf the gatekeeper's confidence score.
    /// - Returns: the share.
    /// - Throws: `FixedPointError.overflow` when a square or the sum does not fit.
    public func share() throws(FixedPointError) -> U64F64 {
        let weightedScore = try U64F64(2).multiplied(by: performance)
            .multiplied(by: Self.confidenceScore(level: confidenceLevel))
        let sum = try v.multiplied(by: v).adding(try weightedScore.multiplied(by: weightedScore))
        return sum.squareRoot()
    }

    /// The weight of a confidence level in the share, as the gatekeeper scores it: levels 1–3 and
    /// 128 score 1, level 4 scores 0.8, level 5 scores 0.7, and every other level scores 0 (the
    /// chain scores unknown levels 1, see `TokenomicParameters.chainConfidenceScore(level:)`).
    /// - Parameter level: the attestation's confidence level.
    /// - Returns: the score.
    public static func confidenceScore(level: UInt8) -> U64F64 {
        switch level {
        case 1, 2, 3, 128: .one
        case 4: TokenomicParameters.fourFifths
        case 5: TokenomicParameters.sevenTenths
        default: .zero
        }
    }
}
