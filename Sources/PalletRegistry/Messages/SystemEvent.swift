public import PhalaPrimitives
public import SCALE

/// What the chain tells pRuntimes about workers on `phala/system/event` (Phala's `SystemEvent`,
/// phala-facts.md §5.2). SCALE: variant 0 `WorkerEvent{pubkey, event}`; the heartbeat challenge
/// (variant 1) arrives with the computation pallet.
public enum SystemEvent: Sendable, Hashable {
    /// Index 0: an event about one worker.
    case workerEvent(pubkey: FixedBytes<32>, event: WorkerEvent)
}

/// One worker's life-cycle event inside `SystemEvent.workerEvent` (Phala's `WorkerEvent`).
public enum WorkerEvent: Sendable, Hashable {
    /// Index 0, `Registered(WorkerInfo{confidence_level})`: the worker was registered or re-registered.
    case registered(confidenceLevel: UInt8)
    /// Index 1, `BenchStart{duration}`: run the benchmark for `duration` blocks, then report.
    case benchStart(duration: UInt32)
    /// Index 2, `BenchScore(u32)`: the chain set the worker's initial score.
    case benchScore(UInt32)
}

extension SystemEvent: ScaleCodable {
    /// Appends the variant index and its fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .workerEvent(let pubkey, let event):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: pubkey, event)
        }
    }

    /// Reads one event; an unknown variant is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .workerEvent(pubkey: try decoder.decode(), event: try decoder.decode())
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
        }
    }

    /// Reads one event; an unknown variant is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .registered(confidenceLevel: try decoder.decode())
        case 1: self = .benchStart(duration: try decoder.decode())
        case 2: self = .benchScore(try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: WorkerEvent.self)
        }
    }
}
