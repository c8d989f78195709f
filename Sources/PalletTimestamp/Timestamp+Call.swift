public import RuntimeSupport
public import SCALE

extension Timestamp {
    /// Timestamp's calls, with pallet-timestamp's call index.
    public enum Call: PalletCall {
        /// Index 0, `set{now: Compact<u64>}`: the block's time, as an unsigned inherent.
        case set(now: UInt64)

        /// The call's name in metadata.
        public var name: String { "set" }

        /// A mandatory call: always included, whatever the block's weight.
        public var dispatchInfo: DispatchInfo {
            DispatchInfo(weight: Weights.set, dispatchClass: .mandatory)
        }
    }

    /// Dispatches one of Timestamp's calls.
    ///
    /// Failure conditions: a signed or root origin — `DispatchError.badOrigin`; a second `set` in the
    /// block, or a time less than `minimumPeriod` after the parent's — `.other`, which makes the block
    /// invalid; an observer's objection.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it; must be none.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func dispatch(_ call: Call, origin: Origin, in state: inout Overlay) throws(DispatchError) {
        switch call {
        case .set(let now):
            try origin.ensureNone()
            guard try !Storage.didUpdate.value(in: &state) else {
                throw .other("Timestamp must be updated only once in the block")
            }
            let previous = try Storage.now.value(in: &state)
            guard previous == 0 || now >= previous.saturatingAdding(configuration.minimumPeriod) else {
                throw .other("Timestamp must increment by at least MinimumPeriod between sequential blocks")
            }
            Storage.now.set(now, in: &state)
            Storage.didUpdate.set(true, in: &state)
            for observer in observers { try observer.timestampSet(now, in: &state) }
        }
    }
}

extension Timestamp.Call: ScaleCodable {
    /// Appends the call index and the compact time.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .set(let now):
            encoder.encode(variantIndex: 0)
            encoder.encode(Compact(now))
        }
    }

    /// Reads the call; an index other than 0 is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard variant == 0 else { throw decoder.unknownVariant(variant, of: Timestamp.Call.self) }
        self = .set(now: try decoder.decode(Compact<UInt64>.self).value)
    }
}

extension UInt64 {
    /// The sum, or `UInt64.max` on overflow.
    fileprivate func saturatingAdding(_ other: UInt64) -> UInt64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
