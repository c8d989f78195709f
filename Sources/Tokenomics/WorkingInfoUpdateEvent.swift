public import PhalaPrimitives
public import SCALE

/// What a gatekeeper reports to the chain after a block on `^phala/mining/update`: the workers that
/// went offline or came back, and the V settlements (phala-types `WorkingInfoUpdateEvent<u32>`,
/// phala-facts.md §3.5, §5.2).
public struct WorkingInfoUpdateEvent: Sendable, Hashable, ScaleCodable {
    /// The block the report covers.
    public var blockNumber: UInt32
    /// That block's timestamp in milliseconds.
    public var timestampMs: UInt64
    /// Workers declared offline in this block.
    public var offline: [FixedBytes<32>]
    /// Unresponsive workers that answered a challenge again in this block.
    public var recoveredToOnline: [FixedBytes<32>]
    /// The V settlements of this block, in message order.
    public var settle: [SettleInfo]

    /// Sets every field.
    /// - Parameters:
    ///   - blockNumber: the block.
    ///   - timestampMs: its timestamp in milliseconds.
    ///   - offline: workers declared offline.
    ///   - recoveredToOnline: workers back online.
    ///   - settle: the settlements.
    public init(
        blockNumber: UInt32,
        timestampMs: UInt64,
        offline: [FixedBytes<32>] = [],
        recoveredToOnline: [FixedBytes<32>] = [],
        settle: [SettleInfo] = []
    ) {
        self.blockNumber = blockNumber
        self.timestampMs = timestampMs
        self.offline = offline
        self.recoveredToOnline = recoveredToOnline
        self.settle = settle
    }

    /// Whether the event carries nothing, in which case the gatekeeper does not send it.
    public var isEmpty: Bool { offline.isEmpty && recoveredToOnline.isEmpty && settle.isEmpty }

    /// Appends u32 block, u64 timestamp, then the three vectors with compact length prefixes.
    /// - Parameter encoder: the encoder to append to.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: blockNumber, timestampMs, offline, recoveredToOnline, settle)
    }

    /// Reads the fields in `encode(to:)` order.
    /// - Parameter decoder: the decoder to read from.
    /// - Throws: `ScaleDecodingError` when the input is short or a length is implausible.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        blockNumber = try decoder.decode()
        timestampMs = try decoder.decode()
        offline = try decoder.decode()
        recoveredToOnline = try decoder.decode()
        settle = try decoder.decode()
    }
}
