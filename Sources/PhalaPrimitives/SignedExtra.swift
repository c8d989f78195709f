public import SCALE

/// The signed extensions' data a v4 extrinsic carries after its signature: mortality, nonce and tip.
///
/// SCALE: `era ‖ Compact<u32>(nonce) ‖ Compact<u128>(tip)`, in the order the runtime's metadata
/// lists the extensions that put bytes into the extrinsic (`CheckMortality`, `CheckNonce`,
/// `ChargeTransactionPayment`). The same bytes appear in the signing payload.
public struct SignedExtra: Sendable, Hashable {
    /// How long the transaction stays valid.
    public var era: Era
    /// The sender's transaction index; it must equal the account's current nonce.
    public var nonce: UInt32
    /// An extra fee paid to the block author on top of the computed fee.
    public var tip: Balance

    /// Creates the extra data; an immortal, tip-free transaction by default.
    public init(era: Era = .immortal, nonce: UInt32, tip: Balance = .zero) {
        self.era = era
        self.nonce = nonce
        self.tip = tip
    }
}

extension SignedExtra: ScaleCodable {
    /// Appends the era, then the nonce and the tip in compact form.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: era, Compact(nonce), Compact(tip))
    }

    /// Reads the era, the compact nonce and the compact tip.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        era = try decoder.decode()
        nonce = try decoder.decode(Compact<UInt32>.self).value
        tip = Balance(try decoder.decode(Compact<UInt128>.self))
    }
}
