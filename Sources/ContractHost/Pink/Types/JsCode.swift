public import SCALE

/// A script handed to `js_eval`: JavaScript source or QuickJS bytecode (pink-abi.md §5.3).
public enum JsCode: Sendable, Hashable, ScaleCodable {
    /// JavaScript source text (variant 0).
    case source(String)
    /// Compiled QuickJS bytecode (variant 1).
    case bytecode([UInt8])

    /// Appends the variant index and the payload.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .source(let text):
            encoder.encode(variantIndex: 0)
            encoder.encode(text)
        case .bytecode(let bytes):
            encoder.encode(variantIndex: 1)
            encoder.encode(bytes)
        }
    }

    /// Reads the variant index and the payload.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let index = try decoder.decodeVariantIndex()
        switch index {
        case 0: self = .source(try decoder.decode())
        case 1: self = .bytecode(try decoder.decode())
        default: throw decoder.unknownVariant(index, of: JsCode.self)
        }
    }
}
