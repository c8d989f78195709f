/// Accumulates SCALE bytes; every `ScaleEncodable` appends itself to one of these.
///
/// The encoder is a value type over a growable byte array. Composite values encode their parts in
/// declaration order, which is all SCALE asks: it carries no field names or type tags.
public struct ScaleEncoder: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8]

    /// Creates an empty encoder.
    /// - Parameter capacity: bytes to reserve up front when the final size is known.
    public init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends one value.
    public mutating func encode(_ value: some ScaleEncodable) {
        value.encode(to: &self)
    }

    /// Appends several values in order, as SCALE encodes a tuple `(A, B, …)`.
    public mutating func encode<each T: ScaleEncodable>(tuple values: repeat each T) {
        repeat (each values).encode(to: &self)
    }

    /// Appends raw bytes with no length prefix: fixed-size arrays (`[u8; N]`) and pre-encoded data.
    public mutating func append(_ raw: some Sequence<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    /// Appends one raw byte.
    public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends the elements of a fixed-size array (`[T; N]`): the elements only, no length prefix.
    public mutating func encode<T: ScaleEncodable>(fixedArray elements: [T]) {
        for element in elements { element.encode(to: &self) }
    }

    /// Appends an enum variant's index byte; the variant's fields follow it.
    public mutating func encode(variantIndex index: UInt8) {
        bytes.append(index)
    }

    /// Appends a compact-encoded length or count, as prefixes every vector and string.
    public mutating func encode(compactLength length: Int) {
        Compact(UInt64(length)).encode(to: &self)
    }
}
