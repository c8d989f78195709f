public import SCALE

/// A worker's answer to a heartbeat challenge on `phala/mining/report`, read by the chain and every
/// gatekeeper (phala-types `WorkingReportEvent`, phala-facts.md §3.4).
public enum WorkingReportEvent: Sendable, Hashable, ScaleCodable {
    /// Variant 0, the legacy heartbeat without cluster counts.
    case heartbeat(sessionID: UInt32, challengeBlock: UInt32, challengeTime: UInt64, iterations: UInt64)
    /// Variant 1, the heartbeat with the worker's cluster and contract counts.
    case heartbeatV2(
        sessionID: UInt32,
        challengeBlock: UInt32,
        challengeTime: UInt64,
        iterations: UInt64,
        clusters: UInt32,
        contracts: UInt32
    )

    /// The session the heartbeat belongs to.
    public var sessionID: UInt32 {
        switch self {
        case .heartbeat(let session, _, _, _), .heartbeatV2(let session, _, _, _, _, _): session
        }
    }

    /// The block that contained the challenge.
    public var challengeBlock: UInt32 {
        switch self {
        case .heartbeat(_, let block, _, _), .heartbeatV2(_, let block, _, _, _, _): block
        }
    }

    /// The challenge block's timestamp in milliseconds.
    public var challengeTime: UInt64 {
        switch self {
        case .heartbeat(_, _, let time, _), .heartbeatV2(_, _, let time, _, _, _): time
        }
    }

    /// The benchmark iterations since the session started.
    public var iterations: UInt64 {
        switch self {
        case .heartbeat(_, _, _, let count), .heartbeatV2(_, _, _, let count, _, _): count
        }
    }

    /// Whether a contract cluster runs on the worker (`n_clusters > 0`); the legacy variant says no.
    public var contractRunning: Bool {
        if case .heartbeatV2(_, _, _, _, let clusters, _) = self { clusters > 0 } else { false }
    }

    /// Appends the variant index, then the fields in declaration order, little-endian.
    /// - Parameter encoder: the encoder to append to.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .heartbeat(let session, let block, let time, let count):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: session, block, time, count)
        case .heartbeatV2(let session, let block, let time, let count, let clusters, let contracts):
            encoder.encode(variantIndex: 1)
            encoder.encode(tuple: session, block, time, count, clusters, contracts)
        }
    }

    /// Reads a variant written by `encode(to:)`.
    /// - Parameter decoder: the decoder to read from.
    /// - Throws: `ScaleDecodingError` for an unknown variant or a short input.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let index = try decoder.decodeVariantIndex()
        switch index {
        case 0:
            self = .heartbeat(
                sessionID: try decoder.decode(),
                challengeBlock: try decoder.decode(),
                challengeTime: try decoder.decode(),
                iterations: try decoder.decode()
            )
        case 1:
            self = .heartbeatV2(
                sessionID: try decoder.decode(),
                challengeBlock: try decoder.decode(),
                challengeTime: try decoder.decode(),
                iterations: try decoder.decode(),
                clusters: try decoder.decode(),
                contracts: try decoder.decode()
            )
        default:
            throw decoder.unknownVariant(index, of: WorkingReportEvent.self)
        }
    }
}
