public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension Sudo {
    /// Sudo's events, with pallet-sudo's variant indices and field names.
    public enum Event: Sendable, Hashable {
        /// Index 0, `Sudid{sudo_result}`: the key dispatched a call as root, with this outcome.
        case sudid(sudoResult: DispatchResult)
        /// Index 1, `KeyChanged{old, new}`: the key changed.
        case keyChanged(old: AccountId32?, new: AccountId32)
        /// Index 2, `KeyRemoved`: the key was removed.
        case keyRemoved
        /// Index 3, `SudoAsDone{sudo_result}`: the key dispatched a call as another account.
        case sudoAsDone(sudoResult: DispatchResult)

        /// The variant's name in metadata.
        public var name: String {
            switch self {
            case .sudid: "Sudid"
            case .keyChanged: "KeyChanged"
            case .keyRemoved: "KeyRemoved"
            case .sudoAsDone: "SudoAsDone"
            }
        }
    }
}

extension Sudo.Event: ScaleCodable {
    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .sudid(let result):
            encoder.encode(variantIndex: 0)
            encoder.encode(result)
        case .keyChanged(let old, let new):
            encoder.encode(variantIndex: 1)
            encoder.encode(tuple: old, new)
        case .keyRemoved:
            encoder.encode(variantIndex: 2)
        case .sudoAsDone(let result):
            encoder.encode(variantIndex: 3)
            encoder.encode(result)
        }
    }

    /// Reads one event; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .sudid(sudoResult: try decoder.decode())
        case 1: self = .keyChanged(old: try decoder.decode(), new: try decoder.decode())
        case 2: self = .keyRemoved
        case 3: self = .sudoAsDone(sudoResult: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: Sudo.Event.self)
        }
    }
}
