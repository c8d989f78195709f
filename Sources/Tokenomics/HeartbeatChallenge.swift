public import PhalaPrimitives
/// The heartbeat challenge's arithmetic (computation.rs `pow_target`, phala-facts.md §3.4): how likely a
/// computing worker is to be challenged in a block, as a 256-bit target a worker's hashed id XOR the
/// block's seed must not exceed.
public enum HeartbeatChallenge {
    /// The online target: `(U256::MAX >> 24) · frac`, with `frac = ⌊target_tx / N · 2²⁴⌋` and
    /// `target_tx = min(num_tx, N · 2 / (3600 / T))` in U32F32 arithmetic (truncating; at most two
    /// heartbeats per worker-hour).
    /// - Parameters:
    ///   - expectedHeartbeats: `ExpectedHeartbeatCount`, the heartbeats wanted per block (20).
    ///   - onlineWorkers: `OnlineWorkers`.
    ///   - blockTimeSeconds: `ExpectedBlockTimeSec` (at least 1).
    /// - Returns: the target; zero when no worker is online.
    public static func onlineTarget(expectedHeartbeats: UInt32, onlineWorkers: UInt32, blockTimeSeconds: UInt32)
        -> U256
    {
        targetFraction(expectedHeartbeats: expectedHeartbeats, onlineWorkers: onlineWorkers, blockTimeSeconds: blockTimeSeconds)
            .flatMap { U256.max.shiftedRight(by: 24).multipliedReportingOverflow(by: UInt64($0)) } ?? .zero
    }

    /// `frac`, the per-worker chance of a challenge per block in units of 2⁻²⁴; nil when no worker is online.
    /// - Parameters:
    ///   - expectedHeartbeats: the heartbeats wanted per block.
    ///   - onlineWorkers: the computing workers.
    ///   - blockTimeSeconds: seconds per block (at least 1).
    /// - Returns: the fraction.
    public static func targetFraction(expectedHeartbeats: UInt32, onlineWorkers: UInt32, blockTimeSeconds: UInt32)
        -> UInt32?
    {
        guard onlineWorkers > 0 else { return nil }
        let workers = U32F32(onlineWorkers)
        let blocksPerHour = U32F32(3_600 / Swift.max(1, blockTimeSeconds))
        let maximum = workers.multiplied(by: U32F32(2)).divided(by: blocksPerHour)
        let target = Swift.min(U32F32(expectedHeartbeats), maximum)
        return target.divided(by: workers).multiplied(by: U32F32(1 << 24)).integerPart
    }
}

/// The `fixed` crate's U32F32, only as far as `pow_target` needs it: truncating multiply and divide.
struct U32F32: Comparable {
    /// The value × 2³².
    let bits: UInt64

    /// An integer as fixed point.
    init(_ integer: UInt32) {
        bits = UInt64(integer) << 32
    }

    /// Raw bits.
    init(bits: UInt64) {
        self.bits = bits
    }

    /// `(a · b) >> 32`, truncated to 64 bits as the operands here never overflow.
    func multiplied(by other: U32F32) -> U32F32 {
        U32F32(bits: UInt64(truncatingIfNeeded: (UInt128(bits) * UInt128(other.bits)) >> 32))
    }

    /// `(a << 32) / b`.
    func divided(by other: U32F32) -> U32F32 {
        U32F32(bits: UInt64(truncatingIfNeeded: (UInt128(bits) << 32) / UInt128(other.bits)))
    }

    /// The integer part (`to_num::<u32>()`).
    var integerPart: UInt32 { UInt32(truncatingIfNeeded: bits >> 32) }

    static func < (lhs: U32F32, rhs: U32F32) -> Bool { lhs.bits < rhs.bits }
}
