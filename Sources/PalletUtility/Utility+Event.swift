public import RuntimeSupport
public import SCALE

extension Utility {
    /// Utility's events, with pallet-utility's variant indices and field names.
    public enum Event: Sendable, Hashable {
        /// Index 0, `BatchInterrupted{index, error}`: `batch` stopped at call `index`.
        case batchInterrupted(index: UInt32, error: DispatchError)
        /// Index 1, `BatchCompleted`: every call of the batch succeeded.
        case batchCompleted
        /// Index 2, `BatchCompletedWithErrors`: `force_batch` finished, some calls failed.
        case batchCompletedWithErrors
        /// Index 3, `ItemCompleted`: one call of a batch succeeded.
        case itemCompleted
        /// Index 4, `ItemFailed{error}`: one call of `force_batch` failed.
        case itemFailed(error: DispatchError)

        /// The variant's name in metadata.
        public var name: String {
            switch self {
            case .batchInterrupted: "BatchInterrupted"
            case .batchCompleted: "BatchCompleted"
            case .batchCompletedWithErrors: "BatchCompletedWithErrors"
            case .itemCompleted: "ItemCompleted"
            case .itemFailed: "ItemFailed"
            }
        }
    }
}

extension Utility.Event: ScaleCodable {
    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .batchInterrupted(let index, let error):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: index, error)
        case .batchCompleted: encoder.encode(variantIndex: 1)
        case .batchCompletedWithErrors: encoder.encode(variantIndex: 2)
        case .itemCompleted: encoder.encode(variantIndex: 3)
        case .itemFailed(let error):
            encoder.encode(variantIndex: 4)
            encoder.encode(error)
        }
    }

    /// Reads one event; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .batchInterrupted(index: try decoder.decode(), error: try decoder.decode())
        case 1: self = .batchCompleted
        case 2: self = .batchCompletedWithErrors
        case 3: self = .itemCompleted
        case 4: self = .itemFailed(error: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: Utility.Event.self)
        }
    }
}
