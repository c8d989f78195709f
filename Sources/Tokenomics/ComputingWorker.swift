public import PhalaPrimitives

/// One worker as the gatekeeper's `ComputingEconomics` replays it: its session, the challenges it
/// still owes, and whether it is considered offline (gk.rs `WorkerInfo`, phala-facts.md §3.5).
public struct ComputingWorker: Sendable, Hashable {
    /// Where a worker's session stands on chain, as the gatekeeper replays it (§3.4 "Worker sub-state").
    public enum WorkingState: Sendable, Hashable {
        /// Computing: the worker answers challenges.
        case computing
        /// Paused by the chain after going unresponsive: it owes no new challenges.
        case paused
    }

    /// The worker's public key.
    public let pubkey: FixedBytes<32>
    /// The confidence level it registered with.
    public var confidenceLevel: UInt8
    /// Its economics since the last session start; nil before the first start.
    public var economics: WorkerEconomics?
    /// The current session's id; nil before the first start.
    public var sessionID: UInt32?
    /// The session state; nil when not in a session (never started or stopped).
    public var workingState: WorkingState?
    /// The blocks of the challenges it still owes, oldest first.
    public var waitingHeartbeats: [UInt32] = []
    /// Whether the gatekeeper declared it offline and has not seen it recover.
    public var unresponsive = false
    /// Whether a heartbeat of the current session arrived in the current block.
    public var heartbeatFlag = false
    /// The hashed id a challenge compares, computed once from `pubkey`.
    let challengeID: ChallengeID

    /// A freshly registered worker, not yet in a session.
    /// - Parameters:
    ///   - pubkey: the worker's public key.
    ///   - confidenceLevel: its attestation's confidence level.
    public init(pubkey: FixedBytes<32>, confidenceLevel: UInt8) {
        self.pubkey = pubkey
        self.confidenceLevel = confidenceLevel
        challengeID = ChallengeID(hashing: pubkey)
    }
}
