public import SCALE

/// Where a computing session is in its life cycle (Phala's `WorkerState`, phala-facts.md §3.1), at
/// Phala's SCALE indices; index 2 (`_Unused`) is never written.
public enum WorkerState: UInt8, Sendable, Hashable, CaseIterable {
    /// Bound and not computing: may start computing or be unbound.
    case ready = 0
    /// Computing and answering heartbeats.
    case workerIdle = 1
    /// Computing but declared offline by the gatekeepers.
    case workerUnresponsive = 3
    /// Stopped; the stake waits for `CoolDownPeriod` before it can be reclaimed.
    case workerCoolingDown = 4

    /// Whether the session computes (Idle or Unresponsive).
    public var isComputing: Bool { self == .workerIdle || self == .workerUnresponsive }

    /// Whether the session may be unbound without stopping it first (Ready or CoolingDown).
    public var canUnbind: Bool { self == .ready || self == .workerCoolingDown }

    /// The variant's name in metadata.
    public var name: String {
        switch self {
        case .ready: "Ready"
        case .workerIdle: "WorkerIdle"
        case .workerUnresponsive: "WorkerUnresponsive"
        case .workerCoolingDown: "WorkerCoolingDown"
        }
    }
}

extension WorkerState: ScaleCodable {
    /// Appends the variant index.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: rawValue)
    }

    /// Reads a variant index; 2 and unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard let state = WorkerState(rawValue: variant) else {
            throw decoder.unknownVariant(variant, of: WorkerState.self)
        }
        self = state
    }
}
