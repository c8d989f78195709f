// Fixed-size arrays `[T; N]` carry no length prefix. Swift's `InlineArray` is the natural match.

extension InlineArray: ScaleEncodable where Element: ScaleEncodable {
    /// Appends the `count` elements with no length prefix.
    public func encode(to encoder: inout ScaleEncoder) {
        for index in indices { self[index].encode(to: &encoder) }
    }
}

extension InlineArray: ScaleDecodable where Element: ScaleDecodable {
    /// Reads exactly `count` elements.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        var cursor = decoder
        self = try InlineArray { (_: Int) throws(ScaleDecodingError) -> Element in try Element(from: &cursor) }
        decoder = cursor
    }
}
