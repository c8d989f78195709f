// Vec<T>: a compact element count, then the elements. Vec<u8> is copied in bulk.

extension Array: ScaleEncodable where Element: ScaleEncodable {
    /// Appends the compact count and every element.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(compactLength: count)
        // A metadata comparison, not `as? [UInt8]`: a conditional array cast visits every element.
        if Element.self == UInt8.self {
            encoder.append(unsafeBitCast(self, to: [UInt8].self))
            return
        }
        for element in self { element.encode(to: &encoder) }
    }
}

extension Array: ScaleDecodable where Element: ScaleDecodable {
    /// Reads the compact count, refusing one larger than the bytes left, then the elements.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let count = try decoder.decodeCompactLength()
        if Element.self == UInt8.self {
            // Element is UInt8, so the bit cast is the identity; `as!` would copy byte by byte.
            self = unsafeBitCast(try decoder.readBytes(count), to: [Element].self)
            return
        }
        self = try decoder.decode(fixedArray: Element.self, count: count)
    }
}

extension String: ScaleCodable {
    /// Appends the UTF-8 bytes as a `Vec<u8>`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(compactLength: utf8.count)
        encoder.append(utf8)
    }

    /// Reads a `Vec<u8>` and requires it to be valid UTF-8.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let start = decoder.offset
        let raw = try [UInt8](from: &decoder)
        guard let text = String(validating: raw, as: UTF8.self) else {
            throw ScaleDecodingError(.invalidUTF8, at: start)
        }
        self = text
    }
}
