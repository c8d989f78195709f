public import SCALE

/// A transaction or inherent as it travels on the wire, before its signature is checked: extrinsic format v4.
///
/// SCALE: `Compact<u32>(length of the rest) ‖ version ‖ [ExtrinsicSignature] ‖ call`, where the version
/// byte is `0x84` when a signature part follows and `0x04` when not (an inherent or unsigned
/// transaction). The call is kept as its already-encoded bytes (`pallet index ‖ call index ‖ args`):
/// this layer does not know the runtime's calls. Decoding accepts only v4, and the call is exactly the
/// bytes the length prefix leaves after the signature part.
public struct UncheckedExtrinsic: Sendable, Hashable {
    /// The signer, signature and signed extra data; `nil` for an unsigned extrinsic.
    public var signature: ExtrinsicSignature?
    /// The encoded call: pallet index, call index, then the arguments.
    public var call: [UInt8]

    /// Creates an extrinsic from its parts.
    public init(signature: ExtrinsicSignature?, call: [UInt8]) {
        self.signature = signature
        self.call = call
    }

    /// The version byte of a signed v4 extrinsic: the signed bit (0x80) with version 4.
    public static let signedVersion: UInt8 = 0x84
    /// The version byte of an unsigned v4 extrinsic.
    public static let unsignedVersion: UInt8 = 0x04

    /// The extrinsic without its length prefix: the version byte, the signature part and the call.
    ///
    /// This is the form `Block.extrinsics` holds (Substrate's `OpaqueExtrinsic`).
    public var body: [UInt8] {
        var encoder = ScaleEncoder()
        if let signature {
            encoder.append(byte: Self.signedVersion)
            encoder.encode(signature)
        } else {
            encoder.append(byte: Self.unsignedVersion)
        }
        encoder.append(call)
        return encoder.bytes
    }

    /// Decodes an extrinsic from its body, the bytes after the length prefix.
    /// - Parameter body: the version byte, the signature part if signed, and the call.
    /// - Throws: `ScaleDecodingError`: `.invalidValue` for a version other than `0x84` or `0x04`,
    ///   or any error from decoding the signature part. Offsets count from the start of `body`.
    public init(body: [UInt8]) throws(ScaleDecodingError) {
        var decoder = ScaleDecoder(body)
        let version = try decoder.readByte()
        switch version {
        case Self.signedVersion: signature = try decoder.decode(ExtrinsicSignature.self)
        case Self.unsignedVersion: signature = nil
        default:
            let reason = "extrinsic version byte 0x\(String(version, radix: 16)) is not v4 (0x84 signed, 0x04 unsigned)"
            throw ScaleDecodingError(.invalidValue(reason: reason), at: 0)
        }
        call = try decoder.readBytes(decoder.remaining)
    }
}

extension UncheckedExtrinsic: ScaleCodable {
    /// Appends the compact length of the body, then the body.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(body)
    }

    /// Reads the length prefix and decodes exactly that many bytes as the body.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let length = try decoder.decodeCompactLength()
        let start = decoder.offset
        let body = try decoder.readBytes(length)
        do {
            try self.init(body: body)
        } catch {
            throw ScaleDecodingError(error.kind, at: start + error.offset)
        }
    }
}
