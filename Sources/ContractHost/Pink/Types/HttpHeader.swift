public import SCALE

/// One HTTP header as pink carries it: a `(String, String)` tuple of name and value (pink-abi.md §5.3).
public struct HttpHeader: Sendable, Hashable, ScaleCodable {
    /// The header name as sent, e.g. `Content-Type`.
    public var name: String
    /// The header value.
    public var value: String

    /// Creates a header.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// Appends the name, then the value.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: name, value)
    }

    /// Reads the name, then the value.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        name = try decoder.decode()
        value = try decoder.decode()
    }
}
