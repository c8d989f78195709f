public import PhalaPrimitives
public import SCALE

/// One worker's V report in a gatekeeper's `WorkingInfoUpdateEvent`: the chain stores `v` and pays
/// `payout` to the worker's pool and `treasury` to the treasury (phala-types `SettleInfo`,
/// phala-facts.md §3.5–3.6). All three amounts are U64F64 bits.
public struct SettleInfo: Sendable, Hashable, ScaleCodable {
    /// The worker's public key.
    public var pubkey: FixedBytes<32>
    /// The worker's V after the settlement, as U64F64 bits.
    public var v: UInt128
    /// The payout to the worker, as U64F64 bits.
    public var payout: UInt128
    /// The treasury's cut, as U64F64 bits.
    public var treasury: UInt128

    /// Sets every field.
    /// - Parameters:
    ///   - pubkey: the worker's public key.
    ///   - v: V as U64F64 bits.
    ///   - payout: the payout as U64F64 bits.
    ///   - treasury: the treasury's cut as U64F64 bits.
    public init(pubkey: FixedBytes<32>, v: UInt128, payout: UInt128, treasury: UInt128) {
        self.pubkey = pubkey
        self.v = v
        self.payout = payout
        self.treasury = treasury
    }

    /// Appends the pubkey, then v, payout and treasury as 16 little-endian bytes each.
    /// - Parameter encoder: the encoder to append to.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: pubkey, v, payout, treasury)
    }

    /// Reads the fields in `encode(to:)` order.
    /// - Parameter decoder: the decoder to read from.
    /// - Throws: `ScaleDecodingError` when the input ends early.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        pubkey = try decoder.decode()
        v = try decoder.decode()
        payout = try decoder.decode()
        treasury = try decoder.decode()
    }
}
