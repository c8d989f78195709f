public import PhalaPrimitives
public import SCALE

/// This worker's computing session as its enclave sees it, for `phala worker status`: its own state
/// machine (phala-facts.md §3.4), the heartbeats it sent, and the gatekeeper's economics of it, which
/// every enclave replays from genesis.
public struct ComputingStatus: Sendable, Hashable {
    /// Where the worker's session stands, from the chain's `WorkerEvent`s.
    public enum State: UInt8, Sendable, Hashable, ScaleByteEnum {
        /// No session: never started, or stopped.
        case none = 0
        /// Computing: the worker answers the challenges that select it.
        case computing = 1
        /// Paused: the gatekeeper declared it unresponsive; it answers no new challenge.
        case paused = 2
    }

    /// The session's state.
    public var state: State
    /// The session's id, while in a session.
    public var sessionID: UInt32?
    /// Heartbeats this enclave has sent since its state began (genesis or its first checkpoint).
    public var heartbeatsSent: UInt64
    /// The challenge block of the last heartbeat sent.
    public var lastChallengeBlock: BlockNumber?
    /// V as the gatekeeper computes it, once a session has started.
    public var v: U64F64?
    /// The performance score the gatekeeper measured from the last heartbeat.
    public var pInstant: U64F64?
    /// Whether the gatekeeper considers the worker offline.
    public var unresponsive: Bool
    /// How many challenges the gatekeeper waits for this worker to answer.
    public var owedHeartbeats: UInt32

    /// Creates a status; the defaults describe a worker that never computed.
    /// - Parameters:
    ///   - state: the session's state.
    ///   - sessionID: the session's id.
    ///   - heartbeatsSent: heartbeats sent.
    ///   - lastChallengeBlock: the last answered challenge's block.
    ///   - v: the gatekeeper's V.
    ///   - pInstant: the gatekeeper's measured performance score.
    ///   - unresponsive: whether the gatekeeper considers the worker offline.
    ///   - owedHeartbeats: challenges still owed.
    public init(
        state: State = .none,
        sessionID: UInt32? = nil,
        heartbeatsSent: UInt64 = 0,
        lastChallengeBlock: BlockNumber? = nil,
        v: U64F64? = nil,
        pInstant: U64F64? = nil,
        unresponsive: Bool = false,
        owedHeartbeats: UInt32 = 0
    ) {
        self.state = state
        self.sessionID = sessionID
        self.heartbeatsSent = heartbeatsSent
        self.lastChallengeBlock = lastChallengeBlock
        self.v = v
        self.pInstant = pInstant
        self.unresponsive = unresponsive
        self.owedHeartbeats = owedHeartbeats
    }
}

extension ComputingStatus: ScaleCodable {
    /// Appends the fields in declaration order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: state, sessionID, heartbeatsSent, lastChallengeBlock)
        encoder.encode(tuple: v, pInstant, unresponsive, owedHeartbeats)
    }

    /// Reads the fields in declaration order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        state = try decoder.decode()
        sessionID = try decoder.decode()
        heartbeatsSent = try decoder.decode()
        lastChallengeBlock = try decoder.decode()
        v = try decoder.decode()
        pInstant = try decoder.decode()
        unresponsive = try decoder.decode()
        owedHeartbeats = try decoder.decode()
    }
}
