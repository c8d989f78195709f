/// Reads SCALE values from a byte array with every length checked against the remaining input.
///
/// The decoder is a cursor: each read advances `offset`. It keeps a nesting depth so that a
/// malicious input cannot recurse without bound, and it never allocates more than the input
/// could justify (a declared length larger than the bytes left is rejected before any allocation).
public struct ScaleDecoder: Sendable {
    /// Bounds applied while decoding untrusted input.
    public struct Limits: Sendable, Equatable {
        /// How deeply containers (vectors, options, results, maps, nested types) may nest. Default 128.
        public var maxDepth: Int

        /// Creates limits; the default suits every chain type.
        public init(maxDepth: Int = 128) {
            self.maxDepth = maxDepth
        }
    }

    /// The whole input.
    public let bytes: [UInt8]
    /// The position of the next unread byte.
    public internal(set) var offset: Int
    /// The bounds in force.
    public let limits: Limits
    private var depth = 0

    /// Creates a decoder positioned at the start of `bytes`.
    public init(_ bytes: [UInt8], limits: Limits = .init()) {
        self.bytes = bytes
        self.offset = 0
        self.limits = limits
    }

    /// How many bytes are left to read.
    public var remaining: Int { bytes.count - offset }

    /// Whether every byte has been consumed.
    public var isAtEnd: Bool { offset == bytes.count }

    /// An error of `kind` at the current offset, for conformers reporting their own rule violations.
    public func error(_ kind: ScaleDecodingError.Kind) -> ScaleDecodingError {
        ScaleDecodingError(kind, at: offset)
    }

    /// Decodes one value of type `T`.
    public mutating func decode<T: ScaleDecodable>(_ type: T.Type = T.self) throws(ScaleDecodingError) -> T {
        try T(from: &self)
    }

    /// Decodes a tuple `(A, B, …)`: its elements in order.
    public mutating func decode<each T: ScaleDecodable>(
        tuple types: repeat (each T).Type
    ) throws(ScaleDecodingError) -> (repeat each T) {
        (repeat try (each T)(from: &self))
    }

    /// Reads one raw byte.
    public mutating func readByte() throws(ScaleDecodingError) -> UInt8 {
        guard offset < bytes.count else { throw error(.unexpectedEnd(needed: 1)) }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// Reads `count` raw bytes: fixed-size byte arrays (`[u8; N]`) and payloads whose length is known.
    public mutating func readBytes(_ count: Int) throws(ScaleDecodingError) -> [UInt8] {
        guard count >= 0, count <= remaining else { throw error(.unexpectedEnd(needed: count - remaining)) }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// Reads a fixed-size array (`[T; N]`): `count` elements with no length prefix.
    public mutating func decode<T: ScaleDecodable>(
        fixedArray type: T.Type = T.self, count: Int
    ) throws(ScaleDecodingError) -> [T] {
        try nested { (decoder: inout ScaleDecoder) throws(ScaleDecodingError) -> [T] in
            var elements: [T] = []
            elements.reserveCapacity(Swift.min(count, decoder.remaining))
            for _ in 0..<count { elements.append(try T(from: &decoder)) }
            return elements
        }
    }

    /// Reads an enum variant's index byte.
    public mutating func decodeVariantIndex() throws(ScaleDecodingError) -> UInt8 {
        try readByte()
    }

    /// The error for an enum index that names no variant of `type`, positioned at that index byte.
    public func unknownVariant(_ index: UInt8, of type: Any.Type) -> ScaleDecodingError {
        ScaleDecodingError(.unknownVariant(index: index, type: String(describing: type)), at: offset - 1)
    }

    /// Reads a compact length prefix and checks it against the remaining input.
    ///
    /// Every element of a SCALE collection takes at least one byte, so a count larger than the
    /// bytes that remain cannot be honest and is rejected before anything is allocated.
    public mutating func decodeCompactLength() throws(ScaleDecodingError) -> Int {
        let start = offset
        let declared = try Compact<UInt64>(from: &self).value
        guard declared <= UInt64(remaining) else {
            throw ScaleDecodingError(.lengthBeyondInput(declared: declared, remaining: remaining), at: start)
        }
        return Int(declared)
    }

    /// Runs `body` one nesting level deeper, failing when that passes `limits.maxDepth`.
    public mutating func nested<R>(
        _ body: (inout ScaleDecoder) throws(ScaleDecodingError) -> R
    ) throws(ScaleDecodingError) -> R {
        guard depth < limits.maxDepth else { throw error(.depthLimitExceeded(limit: limits.maxDepth)) }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }

    /// Fails unless every byte has been consumed.
    public func finish() throws(ScaleDecodingError) {
        guard isAtEnd else { throw error(.trailingBytes(count: remaining)) }
    }
}
