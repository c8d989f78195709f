public import PhalaPrimitives
public import RuntimeSupport

extension TransactionPayment {
    /// The parts of a transaction's fee (pallet-transaction-payment's `FeeDetails`).
    public struct FeeDetails: Sendable, Hashable {
        /// The weight fee of the per-extrinsic base weight.
        public var baseFee: Balance
        /// The length fee.
        public var lengthFee: Balance
        /// The call's weight fee times the fee multiplier.
        public var adjustedWeightFee: Balance
        /// The tip.
        public var tip: Balance

        /// Base, length and weight fee: what the sender pays without the tip.
        public var inclusionFee: Balance {
            baseFee.saturatingAdding(lengthFee).saturatingAdding(adjustedWeightFee)
        }

        /// The whole fee, tip included.
        public var total: Balance { inclusionFee.saturatingAdding(tip) }
    }

    /// The fee of a transaction of `length` bytes whose call declares `info` (pallet-transaction-payment's
    /// `compute_fee_details`). A call that does not pay (`Pays.no`) costs only the tip.
    /// - Parameters:
    ///   - length: the extrinsic's encoded length, length prefix included.
    ///   - info: the call's dispatch info.
    ///   - tip: the tip.
    ///   - state: the block's state, for the fee multiplier.
    /// - Returns: the fee's parts.
    /// - Throws: a state read failure.
    public func feeDetails(length: UInt32, info: DispatchInfo, tip: Balance, in state: inout Overlay)
        throws(DispatchError)
        -> FeeDetails
    {
        guard info.paysFee == .yes else {
            return FeeDetails(baseFee: .zero, lengthFee: .zero, adjustedWeightFee: .zero, tip: tip)
        }
        let multiplier = try Storage.nextFeeMultiplier.value(in: &state)
        let weightFee = weightToFee(info.weight).planck
        let (high, low) = weightFee.multipliedFullWidth(by: multiplier)
        let adjusted: UInt128 =
            high >= Self.multiplierOne ? .max : Self.multiplierOne.dividingFullWidth((high, low)).quotient
        let (lengthFee, overflow) = configuration.lengthFeePerByte.planck.multipliedReportingOverflow(
            by: UInt128(length)
        )
        return FeeDetails(
            baseFee: weightToFee(configuration.baseExtrinsicWeight),
            lengthFee: Balance(planck: overflow ? .max : lengthFee),
            adjustedWeightFee: Balance(planck: adjusted),
            tip: tip
        )
    }

    /// The fee of a weight: `ref_time / refTimePerPlanck` (proof size is not charged).
    /// - Parameter weight: the weight.
    /// - Returns: the fee.
    public func weightToFee(_ weight: Weight) -> Balance {
        Balance(planck: UInt128(weight.refTime / max(configuration.refTimePerPlanck, 1)))
    }

    /// Withdraws a transaction's fee from its sender before dispatch (`ChargeTransactionPayment`'s
    /// `pre_dispatch`), keeping the sender alive.
    /// - Parameters:
    ///   - fee: the whole fee, tip included.
    ///   - who: the sender.
    ///   - state: the block's state.
    /// - Throws: the currency's error when the sender cannot pay (the executive reports it as
    ///   `InvalidTransaction.payment`).
    public func withdrawFee(_ fee: Balance, from who: AccountId32, in state: inout Overlay) throws(DispatchError) {
        try currency.withdraw(fee, from: who, keepAlive: true, in: &state)
    }

    /// Reports a paid fee with `TransactionFeePaid` (`ChargeTransactionPayment`'s `post_dispatch`).
    /// - Parameters:
    ///   - fee: the whole fee, tip included.
    ///   - tip: the tip.
    ///   - who: the sender.
    ///   - state: the block's state.
    /// - Throws: a state read failure.
    public func noteFeePaid(_ fee: Balance, tip: Balance, by who: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        try events.deposit(encodedEvent(Event.transactionFeePaid(who: who, actualFee: fee, tip: tip)), in: &state)
    }
}
