public import SCALE

/// The part of a signed extrinsic that says who signed it, the signature, and what the signer agreed to.
///
/// SCALE: `MultiAddress ‖ MultiSignature ‖ SignedExtra`, between the version byte and the call.
public struct ExtrinsicSignature: Sendable, Hashable {
    /// The signer.
    public var address: MultiAddress
    /// The signature over the `SigningPayload`'s `bytesToSign`.
    public var signature: MultiSignature
    /// The era, nonce and tip, which the signature also covers.
    public var extra: SignedExtra

    /// Creates the signature part from its fields.
    public init(address: MultiAddress, signature: MultiSignature, extra: SignedExtra) {
        self.address = address
        self.signature = signature
        self.extra = extra
    }
}

extension ExtrinsicSignature: ScaleCodable {
    /// Appends the address, the signature and the extra data.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: address, signature, extra)
    }

    /// Reads the address, the signature and the extra data.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        address = try decoder.decode()
        signature = try decoder.decode()
        extra = try decoder.decode()
    }
}
