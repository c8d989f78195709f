import PhalaCrypto
import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension System {
    /// System's calls, with frame-system's call indices. The runtime-upgrade and storage-editing calls
    /// (indices 1–6) are not offered.
    public enum Call: PalletCall {
        /// Index 0, `remark{remark}`: records nothing; the bytes stay in the block. Signed or root.
        case remark(remark: [UInt8])
        /// Index 7, `remark_with_event{remark}`: emits `Remarked` with the bytes' blake2-256 hash. Signed.
        case remarkWithEvent(remark: [UInt8])

        /// The call's name in metadata.
        public var name: String {
            switch self {
            case .remark: "remark"
            case .remarkWithEvent: "remark_with_event"
            }
        }

        /// The call's weight (per byte of remark), class and fee rule.
        public var dispatchInfo: DispatchInfo {
            switch self {
            case .remark(let remark): DispatchInfo(weight: Weights.remark(length: remark.count))
            case .remarkWithEvent(let remark): DispatchInfo(weight: Weights.remarkWithEvent(length: remark.count))
            }
        }
    }

    /// Dispatches one of System's calls.
    ///
    /// Failure conditions: `remark` from an unsigned origin, `remark_with_event` from a non-signed
    /// origin — `DispatchError.badOrigin`.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func dispatch(_ call: Call, origin: Origin, in state: inout Overlay) throws(DispatchError) {
        switch call {
        case .remark:
            if case .none = origin { throw .badOrigin }
        case .remarkWithEvent(let remark):
            let sender = try origin.ensureSigned()
            let hash = H256(FixedBytes(known: Hashing.blake2_256(remark)))
            try deposit(encodedEvent(Event.remarked(sender: sender, hash: hash)), in: &state)
        }
    }
}

extension System.Call: ScaleCodable {
    /// Appends the call index and the arguments.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .remark(let remark):
            encoder.encode(variantIndex: 0)
            encoder.encode(remark)
        case .remarkWithEvent(let remark):
            encoder.encode(variantIndex: 7)
            encoder.encode(remark)
        }
    }

    /// Reads one call; an index this runtime does not offer is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .remark(remark: try decoder.decode())
        case 7: self = .remarkWithEvent(remark: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: System.Call.self)
        }
    }
}
