public import PhalaPrimitives
public import SCALE
public import Tokenomics

/// A session's computing record (Phala's `SessionInfo`, phala-facts.md §3.1): kept after the worker is
/// unbound, reset by the next `bind`.
///
/// SCALE: `state ‖ ve u128 ‖ v u128 ‖ v_updated_at u64 ‖ benchmark{p_init u32, p_instant u32,
/// iterations u64, working_start_time u64, challenge_time_last u64} ‖ cool_down_start u64 ‖
/// stats{total_reward u128}`.
public struct SessionInfo: Sendable, Hashable {
    /// The life-cycle state.
    public var state: WorkerState
    /// The initial V, as U64F64 bits.
    public var ve: UInt128
    /// The last settled V, as U64F64 bits.
    public var v: UInt128
    /// When V was last updated, in unix seconds.
    public var vUpdatedAt: UInt64
    /// The chain's informational performance record.
    public var benchmark: ChainBenchmark
    /// When the cool-down started, in unix seconds (meaningful only while cooling down).
    public var coolDownStart: UInt64
    /// The payouts of this session so far, in planck (Phala's `SessionStats.total_reward`).
    public var totalReward: UInt128

    /// Sets every field.
    /// - Parameters:
    ///   - state: the life-cycle state.
    ///   - ve: Ve bits.
    ///   - v: V bits.
    ///   - vUpdatedAt: V's update time in seconds.
    ///   - benchmark: the benchmark record.
    ///   - coolDownStart: the cool-down start in seconds.
    ///   - totalReward: the payouts so far in planck.
    public init(
        state: WorkerState,
        ve: UInt128,
        v: UInt128,
        vUpdatedAt: UInt64,
        benchmark: ChainBenchmark,
        coolDownStart: UInt64,
        totalReward: UInt128
    ) {
        self.state = state
        self.ve = ve
        self.v = v
        self.vUpdatedAt = vUpdatedAt
        self.benchmark = benchmark
        self.coolDownStart = coolDownStart
        self.totalReward = totalReward
    }

    /// The record `bind` writes: Ready, V zero, and a benchmark with no score, started `now`, never
    /// challenged.
    /// - Parameter now: the chain's time in seconds.
    /// - Returns: the fresh record.
    public static func bound(at now: UInt64) -> SessionInfo {
        var benchmark = ChainBenchmark(pInit: 0, startTime: now)
        benchmark.pInstant = 0
        benchmark.challengeTimeLast = 0
        return SessionInfo(
            state: .ready,
            ve: 0,
            v: 0,
            vUpdatedAt: now,
            benchmark: benchmark,
            coolDownStart: 0,
            totalReward: 0
        )
    }
}

extension SessionInfo: ScaleCodable {
    /// Appends the fields in Phala's order, the benchmark and the stats inline.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: state, ve, v, vUpdatedAt)
        encoder.encode(tuple: benchmark.pInit, benchmark.pInstant, benchmark.iterations)
        encoder.encode(tuple: benchmark.workingStartTime, benchmark.challengeTimeLast, coolDownStart, totalReward)
    }

    /// Reads the fields in Phala's order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        state = try decoder.decode()
        ve = try decoder.decode()
        v = try decoder.decode()
        vUpdatedAt = try decoder.decode()
        benchmark = ChainBenchmark(pInit: try decoder.decode(), startTime: 0)
        benchmark.pInstant = try decoder.decode()
        benchmark.iterations = try decoder.decode()
        benchmark.workingStartTime = try decoder.decode()
        benchmark.challengeTimeLast = try decoder.decode()
        coolDownStart = try decoder.decode()
        totalReward = try decoder.decode()
    }
}
