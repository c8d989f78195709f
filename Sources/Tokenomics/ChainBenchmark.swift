/// The chain's informational performance record of a computing session (computation.rs `Benchmark`,
/// phala-facts.md §3.1), updated from every heartbeat the chain sees. Rewards never use it: the
/// gatekeeper's P is authoritative.
public struct ChainBenchmark: Sendable, Hashable {
    /// The score the session started with.
    public var pInit: UInt32
    /// The score measured from the last two heartbeats, capped at `pInit · 12 / 10`.
    public var pInstant: UInt32
    /// The iteration count last reported.
    public var iterations: UInt64
    /// When the session started computing, in unix seconds.
    public var workingStartTime: UInt64
    /// The challenge time of the last heartbeat, in unix seconds.
    public var challengeTimeLast: UInt64

    /// Why a heartbeat cannot update the record.
    public enum UpdateError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The chain's time is not after the last challenge (Phala panics here).
        case timeNotAdvancing(now: UInt64, last: UInt64)

        /// What was wrong.
        public var description: String {
            switch self {
            case .timeNotAdvancing(let now, let last):
                "the chain time \(now) s is not after the last challenge at \(last) s; the heartbeat cannot be timed"
            }
        }
    }

    /// A record at session start.
    /// - Parameters:
    ///   - pInit: the initial score.
    ///   - startTime: the start time in unix seconds (also the first challenge time).
    public init(pInit: UInt32, startTime: UInt64) {
        self.pInit = pInit
        pInstant = pInit
        iterations = 0
        workingStartTime = startTime
        challengeTimeLast = startTime
    }

    /// Takes one heartbeat: `p_instant = (Δiterations · 6 / Δt) as u32`, capped at `pInit · 12 / 10`; a
    /// count below the stored one (the worker restarted) resets the stored count first.
    /// - Parameters:
    ///   - nowSeconds: the chain's time.
    ///   - iterations: the reported iteration count.
    ///   - challengeTimeMs: the challenge block's time in milliseconds.
    /// - Throws: `UpdateError.timeNotAdvancing`; the record is then unchanged.
    public mutating func update(nowSeconds: UInt64, iterations reported: UInt64, challengeTimeMs: UInt64)
        throws(UpdateError)
    {
        guard nowSeconds > challengeTimeLast else {
            throw .timeNotAdvancing(now: nowSeconds, last: challengeTimeLast)
        }
        if reported < iterations { iterations = reported }
        let elapsed = nowSeconds - challengeTimeLast
        let measured = UInt32(truncatingIfNeeded: (reported - iterations).multipliedReportingOverflow(by: 6).partialValue / elapsed)
        pInstant = min(measured, UInt32(truncatingIfNeeded: UInt64(pInit) * 12 / 10))
        iterations = reported
        challengeTimeLast = challengeTimeMs / 1_000
    }
}
