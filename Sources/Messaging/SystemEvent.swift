public import PhalaPrimitives
public import SCALE

/// What the chain tells pRuntimes about workers on `phala/system/event` (Phala's `SystemEvent`,
/// phala-facts.md §5.2): registry and computation events about one worker, and the per-block heartbeat
/// challenge. SCALE: variant 0 `WorkerEvent{pubkey, event}`, variant 1 `HeartbeatChallenge{seed,
/// online_target}` (each U256 as 32 little-endian bytes).
public enum SystemEvent: Sendable, Hashable {
    /// Index 0: an event about one worker.
    case workerEvent(pubkey: FixedBytes<32>, event: WorkerEvent)
    /// Index 1: workers whose `blake2_256(pubkey)` (big-endian) XOR `seed` is ≤ `onlineTarget` must heartbeat
    /// (phala-facts.md §3.4).
    case heartbeatChallenge(seed: U256, onlineTarget: U256)
}

/// One worker's life-cycle event inside `SystemEvent.workerEvent` (Phala's `WorkerEvent`).
public enum WorkerEvent: Sendable, Hashable {
    /// Index 0, `Registered(WorkerInfo{confidence_level})`: the worker was registered or re-registered.
    case registered(confidenceLevel: UInt8)
    /// Index 1, `BenchStart{duration}`: run the benchmark for `duration` blocks, then report.
    case benchStart(duration: UInt32)
    /// Index 2, `BenchScore(u32)`: the chain set the worker's initial score.
    case benchScore(UInt32)
    /// Index 3, `Started{session_id, init_v, init_p}`: the worker started computing; `initV` is U64F64 bits.
    case started(sessionID: UInt32, initV: UInt128, initP: UInt32)
    /// Index 4, `Stopped`: the worker stopped computing.
    case stopped
    /// Index 5, `EnterUnresponsive`: the gatekeeper declared the worker offline.
    case enterUnresponsive
    /// Index 6, `ExitUnresponsive`: the worker answered again.
    case exitUnresponsive
}

extension SystemEvent: ScaleCodable {
    /// Appends the variant index and its fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .workerEvent(let pubkey, let event):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: pubkey, event)
        case .heartbeatChallenge(let seed, let onlineTarget):
            encoder.encode(variantIndex: 1)
            encoder.encode(tuple: seed, onlineTarget)
        }
    }

    /// Reads one event; an unknown variant is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .workerEvent(pubkey: try decoder.decode(), event: try decoder.decode())
        case 1: self = .heartbeatChallenge(seed: try decoder.decode(), onlineTarget: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: SystemEvent.self)
        }
    }
}

extension WorkerEvent: ScaleCodable {
    /// Appends the variant index and its fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .registered(let level):
            encoder.encode(variantIndex: 0)
            encoder.encode(level)
        case .benchStart(let duration):
            encoder.encode(variantIndex: 1)
            encoder.encode(duration)
        case .benchScore(let score):
            encoder.encode(variantIndex: 2)
            encoder.encode(score)
        case .started(let sessionID, let initV, let initP):
            encoder.encode(variantIndex: 3)
            encoder.encode(tuple: sessionID, initV, initP)
        case .stopped: encoder.encode(variantIndex: 4)
        case .enterUnresponsive: encoder.encode(variantIndex: 5)
        case .exitUnresponsive: encoder.encode(variantIndex: 6)
        }
    }

    /// Reads one event; an unknown variant is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .registered(confidenceLevel: try decoder.decode())
        case 1: self = .benchStart(duration: try decoder.decode())
        case 2: self = .benchScore(try decoder.decode())
        case 3: self = .started(sessionID: try decoder.decode(), initV: try decoder.decode(), initP: try decoder.decode())
        case 4: self = .stopped
        case 5: self = .enterUnresponsive
        case 6: self = .exitUnresponsive
        default: throw decoder.unknownVariant(variant, of: WorkerEvent.self)
        }
    }
}
