public import SCALE

/// What `js_eval` returns to the contract: the script's result or the exception it raised (pink-abi.md §5.3).
public enum JsValue: Sendable, Hashable, ScaleCodable {
    /// `undefined` (variant 0).
    case undefined
    /// `null` (variant 1).
    case null
    /// A string result (variant 2).
    case string(String)
    /// A byte-array result (variant 3).
    case bytes([UInt8])
    /// Any other value, rendered as text (variant 4).
    case other(String)
    /// The evaluation failed; the message says why (variant 5).
    case exception(String)

    /// Appends the variant index and the payload.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .undefined: encoder.encode(variantIndex: 0)
        case .null: encoder.encode(variantIndex: 1)
        case .string(let text):
            encoder.encode(variantIndex: 2)
            encoder.encode(text)
        case .bytes(let bytes):
            encoder.encode(variantIndex: 3)
            encoder.encode(bytes)
        case .other(let text):
            encoder.encode(variantIndex: 4)
            encoder.encode(text)
        case .exception(let message):
            encoder.encode(variantIndex: 5)
            encoder.encode(message)
        }
    }

    /// Reads the variant index and the payload.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let index = try decoder.decodeVariantIndex()
        switch index {
        case 0: self = .undefined
        case 1: self = .null
        case 2: self = .string(try decoder.decode())
        case 3: self = .bytes(try decoder.decode())
        case 4: self = .other(try decoder.decode())
        case 5: self = .exception(try decoder.decode())
        default: throw decoder.unknownVariant(index, of: JsValue.self)
        }
    }
}
