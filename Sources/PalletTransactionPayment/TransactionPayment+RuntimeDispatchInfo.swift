public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension TransactionPayment {
    /// What `TransactionPaymentApi_query_info` returns (pallet-transaction-payment's
    /// `RuntimeDispatchInfo`).
    ///
    /// SCALE: `Weight ‖ DispatchClass ‖ u128 partial_fee`.
    public struct RuntimeDispatchInfo: Sendable, Hashable {
        /// The call's weight.
        public var weight: Weight
        /// The call's class.
        public var dispatchClass: DispatchClass
        /// The inclusion fee: what the transaction would pay without its tip.
        public var partialFee: Balance

        /// Creates the info.
        public init(weight: Weight, dispatchClass: DispatchClass, partialFee: Balance) {
            self.weight = weight
            self.dispatchClass = dispatchClass
            self.partialFee = partialFee
        }
    }
}

extension TransactionPayment.RuntimeDispatchInfo: ScaleCodable {
    /// Appends the weight, the class and the fee.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: weight, dispatchClass, partialFee)
    }

    /// Reads the weight, the class and the fee.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        weight = try decoder.decode()
        dispatchClass = try decoder.decode()
        partialFee = try decoder.decode()
    }
}
