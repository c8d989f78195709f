public import PhalaPrimitives
public import SCALE

extension Balances {
    /// One freeze on an account: who froze it and how much (pallet-balances' `IdAmount`).
    ///
    /// SCALE: `id [u8; 8] ‖ amount u128`.
    public struct Freeze: Sendable, Hashable {
        /// The freezing pallet's identifier.
        public var id: FixedBytes<8>
        /// The frozen amount.
        public var amount: Balance

        /// Creates a freeze.
        public init(id: FixedBytes<8>, amount: Balance) {
            self.id = id
            self.amount = amount
        }
    }
}

extension Balances.Freeze: ScaleCodable {
    /// Appends the id and the amount.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: id, amount)
    }

    /// Reads the id and the amount.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        id = try decoder.decode()
        amount = try decoder.decode()
    }
}
