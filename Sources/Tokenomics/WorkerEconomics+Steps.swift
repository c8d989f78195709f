public import PhalaPrimitives

// The gatekeeper's per-block updates of one worker (gk.rs `TokenomicInfo::update_*`,
// phala-facts.md §3.5), each in the operation order of Phala's source.

extension WorkerEconomics {
    /// 1.2 rounded to nearest, as `fp!(1.2)`: the cap of the measured score relative to the benchmark.
    static let instantScoreCap = U64F64(bits: 22_136_092_888_451_461_939)

    /// Grows V for a block in which the worker was online and sent no heartbeat (`update_v_idle`).
    ///
    /// `Δv = perf·((rho − 1)·v + costK·pBench + costB)` with `perf = performance/pBench` (1 when
    /// `pBench` is 0); V becomes `min(v + Δv, vMax)` while `vDeductible` grows by the uncapped Δv.
    /// - Parameter params: the tokenomic parameters in force.
    /// - Throws: `FixedPointError` when a step overflows or `rho` is below 1.
    public mutating func idleStep(params: TokenomicParameters) throws(FixedPointError) {
        let idleCost = try params.costK.multiplied(by: pBench).adding(params.costB)
        let performanceFactor = pBench == .zero ? U64F64.one : try performance.divided(by: pBench)
        let growth = try params.rho.subtracting(.one).multiplied(by: v).adding(idleCost)
        let delta = try performanceFactor.multiplied(by: growth)
        let grown = try v.adding(delta)
        let deductible = try vDeductible.adding(delta)
        v = min(grown, params.vMax)
        vDeductible = deductible
    }

    /// Shrinks V for a block in which the worker was unresponsive (`update_v_slash`):
    /// `v −= v·slashRate`, and the unpaid growth is forfeited.
    /// - Parameter params: the tokenomic parameters in force.
    /// - Throws: `FixedPointError` when `slashRate` exceeds 1 or the product overflows.
    public mutating func slashStep(params: TokenomicParameters) throws(FixedPointError) {
        let slash = try v.multiplied(by: params.slashRate)
        v = try v.subtracting(slash)
        vDeductible = .zero
    }

    /// Restarts the payout clock for an unresponsive worker whose heartbeat arrived
    /// (`update_v_recover`): the blocks it was away are never paid.
    /// - Parameters:
    ///   - block: the block of the heartbeat.
    ///   - nowMs: that block's timestamp in milliseconds.
    public mutating func recover(block: UInt32, nowMs: UInt64) {
        vDeductible = .zero
        vUpdateAt = nowMs
        vUpdateBlock = block
    }

    /// Measures the performance score from a heartbeat (`update_p_instant`):
    /// `p = Δiterations / (Δt_ms / 1000) · 6`, capped at `1.2·pBench`.
    ///
    /// Nothing but `contractRunning` changes when `nowMs` is not after `challengeTimeLast`. A counter
    /// below `iterationLast` (the worker restarted) first resets `iterationLast`. Like Phala's, this
    /// leaves `challengeTimeLast` and `iterationLast` to the caller, who sets them to the heartbeat's
    /// challenge time and iterations afterwards.
    /// - Parameters:
    ///   - nowMs: the timestamp of the block carrying the heartbeat, in milliseconds.
    ///   - iterations: the worker's iteration counter since the session started.
    ///   - contractRunning: whether the heartbeat reports a running contract cluster.
    /// - Throws: `FixedPointError.overflow` when the score does not fit.
    public mutating func updatePInstant(nowMs: UInt64, iterations: UInt64, contractRunning: Bool)
        throws(FixedPointError)
    {
        self.contractRunning = contractRunning
        guard nowMs > challengeTimeLast else { return }
        let lastIterations = min(iterationLast, iterations)
        let seconds = try U64F64(nowMs - challengeTimeLast).divided(by: U64F64(1000))
        let measured = try U64F64(iterations - lastIterations).divided(by: seconds).multiplied(by: U64F64(6))
        let cap = try pBench.multiplied(by: Self.instantScoreCap)
        iterationLast = lastIterations
        pInstant = min(measured, cap)
    }

    /// Pays the worker for the blocks since its last settlement when its heartbeat arrives
    /// (`update_v_heartbeat`).
    ///
    /// `budget = share / sumShare · budgetPerBlock · blocks`, left to right with truncating
    /// operations; the worker gets `budget·(1 − treasuryRatio)` and the treasury `budget·treasuryRatio`.
    /// V loses `min(vDeductible, payout)`, and the clock restarts at `block`. Nothing changes and
    /// (0, 0) is returned when `sumShare`, `vDeductible` or the share is 0, or `block` is not after
    /// `vUpdateBlock`; those blocks then count towards the next payout.
    /// - Parameters:
    ///   - block: the block of the heartbeat.
    ///   - nowMs: that block's timestamp in milliseconds.
    ///   - sumShare: the total share of all online workers at the start of the block.
    ///   - params: the tokenomic parameters in force.
    /// - Returns: the worker's payout and the treasury's cut, in PHA.
    /// - Throws: `FixedPointError` when a step overflows or `treasuryRatio` exceeds 1.
    public mutating func heartbeatPayout(
        block: UInt32,
        nowMs: UInt64,
        sumShare: U64F64,
        params: TokenomicParameters
    ) throws(FixedPointError) -> (payout: U64F64, treasury: U64F64) {
        guard sumShare != .zero, vDeductible != .zero, block > vUpdateBlock else { return (.zero, .zero) }
        let share = try share()
        guard share != .zero else { return (.zero, .zero) }
        let blocks = U64F64(UInt64(block - vUpdateBlock))
        let budget = try share.divided(by: sumShare).multiplied(by: params.budgetPerBlock).multiplied(by: blocks)
        let payout = try budget.multiplied(by: try params.payoutRatio())
        let treasury = try budget.multiplied(by: params.treasuryRatio)
        v = try v.subtracting(min(vDeductible, payout))
        vDeductible = .zero
        vUpdateAt = nowMs
        vUpdateBlock = block
        return (payout, treasury)
    }
}
