public import PhalaPrimitives
public import SCALE

/// The governance-set numbers that drive Phala's computation economy: V growth, payouts, slashing
/// and the initial V of a worker (phala-facts.md §3.2, Phala's `TokenomicParameters`).
///
/// Every real is a `U64F64`; the SCALE form is the fields in declaration order, each real as its
/// `u128` bits and `heartbeatWindow` as a `u32`. The gatekeeper uses `rho`, `slashRate`,
/// `budgetPerBlock`, `vMax`, `costK`, `costB`, `treasuryRatio` and `heartbeatWindow`; the chain uses
/// `rigK`, `rigB`, `re`, `k` and `vMax`. `phaRate` and `kappa` only feed the genesis formulas.
public struct TokenomicParameters: Sendable, Hashable {
    /// The PHA price the per-block costs were scaled by (informational).
    public var phaRate: U64F64
    /// The per-block growth factor of V (1.0002 per hour at 12 s blocks).
    public var rho: U64F64
    /// The PHA paid to all computing workers together per block, on average.
    public var budgetPerBlock: U64F64
    /// The largest V a worker can reach.
    public var vMax: U64F64
    /// The per-block operating cost per unit of performance score, in PHA.
    public var costK: U64F64
    /// The fixed per-block operating cost, in PHA.
    public var costB: U64F64
    /// The fraction of V an unresponsive worker loses per block.
    public var slashRate: U64F64
    /// The fraction of each payout sent to the treasury instead of the worker.
    public var treasuryRatio: U64F64
    /// How many blocks after a challenge a heartbeat may still arrive before the worker goes offline.
    public var heartbeatWindow: UInt32
    /// The estimated rig cost per unit of performance score, in PHA, for the initial V.
    public var rigK: U64F64
    /// The fixed estimated rig cost, in PHA, for the initial V.
    public var rigB: U64F64
    /// The return multiplier applied to stake plus rig cost in the initial V.
    public var re: U64F64
    /// The factor of the minimal stake `k·√P`.
    public var k: U64F64
    /// Reserved for slash calculation; unused by the chain and the gatekeeper.
    public var kappa: U64F64

    /// Collects all fourteen parameters, in SCALE order.
    public init(
        phaRate: U64F64,
        rho: U64F64,
        budgetPerBlock: U64F64,
        vMax: U64F64,
        costK: U64F64,
        costB: U64F64,
        slashRate: U64F64,
        treasuryRatio: U64F64,
        heartbeatWindow: UInt32,
        rigK: U64F64,
        rigB: U64F64,
        re: U64F64,
        k: U64F64,
        kappa: U64F64
    ) {
        self.phaRate = phaRate
        self.rho = rho
        self.budgetPerBlock = budgetPerBlock
        self.vMax = vMax
        self.costK = costK
        self.costB = costB
        self.slashRate = slashRate
        self.treasuryRatio = treasuryRatio
        self.heartbeatWindow = heartbeatWindow
        self.rigK = rigK
        self.rigB = rigB
        self.re = re
        self.k = k
        self.kappa = kappa
    }

    /// The fraction of each payout the worker keeps: `1 − treasuryRatio`.
    /// - Throws: `FixedPointError.underflow` when `treasuryRatio` exceeds 1.
    public func payoutRatio() throws(FixedPointError) -> U64F64 {
        try U64F64.one.subtracting(treasuryRatio)
    }
}

extension TokenomicParameters: ScaleCodable {
    /// Appends the fields in Phala's order, reals as `u128` bits and the window as `u32`.
    public func encode(to encoder: inout ScaleEncoder) {
        for real in [phaRate, rho, budgetPerBlock, vMax, costK, costB, slashRate, treasuryRatio] {
            real.encode(to: &encoder)
        }
        heartbeatWindow.encode(to: &encoder)
        for real in [rigK, rigB, re, k, kappa] { real.encode(to: &encoder) }
    }

    /// Reads the fields in Phala's order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        phaRate = try U64F64(from: &decoder)
        rho = try U64F64(from: &decoder)
        budgetPerBlock = try U64F64(from: &decoder)
        vMax = try U64F64(from: &decoder)
        costK = try U64F64(from: &decoder)
        costB = try U64F64(from: &decoder)
        slashRate = try U64F64(from: &decoder)
        treasuryRatio = try U64F64(from: &decoder)
        heartbeatWindow = try UInt32(from: &decoder)
        rigK = try U64F64(from: &decoder)
        rigB = try U64F64(from: &decoder)
        re = try U64F64(from: &decoder)
        k = try U64F64(from: &decoder)
        kappa = try U64F64(from: &decoder)
    }
}
