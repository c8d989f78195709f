public import SCALE

/// A block as stored and gossiped: its header and its extrinsics, kept as opaque bytes.
///
/// Each extrinsic is held as its body, without the compact length prefix (Substrate's
/// `OpaqueExtrinsic`), so the block's SCALE is `header ‖ Vec<Vec<u8>>` and each element's own
/// SCALE (`body.scaleEncoded()`) is the extrinsic's full encoding, as `chain_getBlock` shows it.
/// `UncheckedExtrinsic(body:)` and `UncheckedExtrinsic.body` convert between the two forms.
public struct Block: Sendable, Hashable {
    /// The header, whose hash is the block hash.
    public var header: Header
    /// The extrinsic bodies in block order; an extrinsic's index here is its `ApplyExtrinsic` phase.
    public var extrinsics: [[UInt8]]

    /// Creates a block from a header and extrinsic bodies.
    public init(header: Header, extrinsics: [[UInt8]]) {
        self.header = header
        self.extrinsics = extrinsics
    }
}

extension Block: ScaleCodable {
    /// Appends the header, then the extrinsics as a vector of byte vectors.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: header, extrinsics)
    }

    /// Reads the header and the extrinsic bodies; the bodies are not interpreted.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        header = try decoder.decode()
        extrinsics = try decoder.decode()
    }
}
