import PhalaPrimitives
public import RuntimeSupport

/// The TransactionPayment pallet: what a transaction costs and who pays it (FRAME's
/// `pallet_transaction_payment`).
///
/// ## Overview
/// A signed transaction pays `base fee + length fee + multiplier × weight fee + tip`, where the base
/// fee is the weight fee of the per-extrinsic base weight. The fee is withdrawn from the sender before
/// the call runs (`ChargeTransactionPayment`), whatever the call's outcome, and is burned (no treasury,
/// no author reward). `TransactionFeePaid` reports it. `queryInfo` gives the same fee before submitting.
///
/// ## Terminology
/// - *Inclusion fee*: the fee without the tip (`partial_fee` in `query_info`).
/// - *Fee multiplier*: `NextFeeMultiplier`, a 10¹⁸-scaled fixed-point factor on the weight fee; held at 1.
///
/// ## Assumptions
/// - The multiplier does not adjust to congestion (FRAME's `ConstFeeMultiplier<1>`).
/// - No refund after dispatch: a call's declared weight is the weight charged.
///
/// ## Storage (prefix `"TransactionPayment"`)
/// - `NextFeeMultiplier`: `u128` (FixedU128), default 10¹⁸.
public struct TransactionPayment: Pallet {
    /// The pallet's name and storage prefix.
    public static let name = "TransactionPayment"

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// Where fees are withdrawn.
    public let currency: any Currency
    /// Where events go.
    public let events: any EventDepositing
    /// The pallet's constants.
    public let configuration: Configuration

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - currency: the currency fees are paid in (Balances).
    ///   - events: the event sink (System).
    ///   - configuration: its constants.
    public init(index: UInt8, currency: any Currency, events: any EventDepositing, configuration: Configuration) {
        self.index = index
        self.currency = currency
        self.events = events
        self.configuration = configuration
    }
}
