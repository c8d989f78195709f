import SCALE

/// This worker's own computing session as it replays it from its `WorkerEvent`s (Phala's `WorkingInfo`,
/// phala-facts.md §3.4): `Started` opens it, `EnterUnresponsive` pauses it, `ExitUnresponsive` resumes
/// it, `Stopped` ends it.
struct ComputingSession: Sendable, Hashable {
    /// The session's id, from `Started`.
    var sessionID: UInt32
    /// Whether the gatekeeper declared the worker unresponsive; a paused worker answers no challenge.
    var paused: Bool
    /// The start block's time in unix milliseconds.
    var startTime: UInt64
    /// The benchmark counter at the start; heartbeats report the iterations since.
    var startIterations: UInt64
}

extension ComputingSession: ScaleCodable {
    /// Appends `session_id u32 ‖ paused bool ‖ start_time u64 ‖ start_iterations u64`.
    func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: sessionID, paused, startTime, startIterations)
    }

    /// Reads the fields in `encode(to:)` order.
    init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        sessionID = try decoder.decode()
        paused = try decoder.decode()
        startTime = try decoder.decode()
        startIterations = try decoder.decode()
    }
}
