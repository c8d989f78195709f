public import PhalaPrimitives
public import SCALE

extension TransactionPayment {
    /// TransactionPayment's events, with the pallet's variant index and field names.
    public enum Event: Sendable, Hashable {
        /// Index 0, `TransactionFeePaid{who, actual_fee, tip}`: a transaction paid `actualFee`, tip
        /// included.
        case transactionFeePaid(who: AccountId32, actualFee: Balance, tip: Balance)

        /// The variant's name in metadata.
        public var name: String { "TransactionFeePaid" }
    }
}

extension TransactionPayment.Event: ScaleCodable {
    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .transactionFeePaid(let who, let actualFee, let tip):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: who, actualFee, tip)
        }
    }

    /// Reads the event; an index other than 0 is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard variant == 0 else { throw decoder.unknownVariant(variant, of: TransactionPayment.Event.self) }
        self = .transactionFeePaid(
            who: try decoder.decode(),
            actualFee: try decoder.decode(),
            tip: try decoder.decode()
        )
    }
}
