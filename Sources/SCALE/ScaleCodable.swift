/// A value that can write itself in the SCALE encoding used by Substrate for every wire and storage format.
///
/// Conformers append their bytes to an encoder; they never fail. Encoding is the inverse of
/// `ScaleDecodable.init(from:)`, and `decode(encode(x)) == x` holds for every conforming type.
public protocol ScaleEncodable {
    /// Appends this value's SCALE bytes to `encoder`.
    func encode(to encoder: inout ScaleEncoder)
}

/// A value that can be read back from SCALE bytes, with every length and nesting level bounded by the input.
///
/// Decoders never trust a declared length beyond the bytes that remain and never crash on malformed input:
/// every failure is a `ScaleDecodingError` naming the problem and the byte offset.
public protocol ScaleDecodable {
    /// Reads one value from `decoder`, advancing it past the bytes consumed.
    /// - Throws: `ScaleDecodingError` when the input is truncated, malformed or over a limit.
    init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError)
}

/// A value that is both SCALE-encodable and SCALE-decodable.
public typealias ScaleCodable = ScaleEncodable & ScaleDecodable

extension ScaleEncodable {
    /// This value's SCALE encoding as a fresh byte array.
    public func scaleEncoded() -> [UInt8] {
        var encoder = ScaleEncoder()
        encode(to: &encoder)
        return encoder.bytes
    }
}

extension ScaleDecodable {
    /// Decodes exactly one value from `bytes`; bytes left over after the value are an error.
    /// - Parameters:
    ///   - bytes: the complete encoding of one value.
    ///   - limits: bounds on nesting depth; the defaults suit every chain type.
    /// - Throws: `ScaleDecodingError`, including `.trailingBytes` when input remains after the value.
    public init(scaleDecoding bytes: [UInt8], limits: ScaleDecoder.Limits = .init()) throws(ScaleDecodingError) {
        var decoder = ScaleDecoder(bytes, limits: limits)
        self = try Self(from: &decoder)
        try decoder.finish()
    }
}
