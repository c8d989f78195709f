import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension System {
    /// The record `System.Account` keeps for an account (frame-system's `AccountInfo<u32, AccountData>`).
    ///
    /// SCALE, 80 bytes: `nonce u32 ‖ consumers u32 ‖ providers u32 ‖ sufficients u32 ‖ AccountData`.
    public struct AccountInfo: Sendable, Hashable {
        /// How many transactions the account has sent; the next one must carry this nonce.
        public var nonce: UInt32
        /// References that require the account to keep existing (holds, freezes).
        public var consumers: UInt32
        /// References that let the account exist (a balance at or above the existential deposit).
        public var providers: UInt32
        /// Self-sufficient references (assets that keep an account alive on their own).
        public var sufficients: UInt32
        /// The balances, managed by the Balances pallet.
        public var data: AccountData

        /// Creates a record; an empty account by default.
        public init(
            nonce: UInt32 = 0,
            consumers: UInt32 = 0,
            providers: UInt32 = 0,
            sufficients: UInt32 = 0,
            data: AccountData = AccountData()
        ) {
            self.nonce = nonce
            self.consumers = consumers
            self.providers = providers
            self.sufficients = sufficients
            self.data = data
        }
    }
}

extension System.AccountInfo: ScaleCodable {
    /// Appends the four counters and the account data.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: nonce, consumers, providers, sufficients, data)
    }

    /// Reads the four counters and the account data.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        nonce = try decoder.decode()
        consumers = try decoder.decode()
        providers = try decoder.decode()
        sufficients = try decoder.decode()
        data = try decoder.decode()
    }
}
