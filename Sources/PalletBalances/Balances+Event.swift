public import PhalaPrimitives
public import SCALE

extension Balances {
    /// Balances' events, with pallet-balances' variant indices and field names.
    public enum Event: Sendable, Hashable {
        /// Index 0, `Endowed{account, free_balance}`: an account was created with this balance.
        case endowed(account: AccountId32, freeBalance: Balance)
        /// Index 1, `DustLost{account, amount}`: an account fell below the existential deposit and its
        /// remaining balance was burned.
        case dustLost(account: AccountId32, amount: Balance)
        /// Index 2, `Transfer{from, to, amount}`: funds moved between accounts.
        case transferred(from: AccountId32, to: AccountId32, amount: Balance)
        /// Index 3, `BalanceSet{who, free}`: root set an account's free balance.
        case balanceSet(who: AccountId32, free: Balance)
        /// Index 4, `Reserved{who, amount}`: funds moved from free to reserved.
        case reserved(who: AccountId32, amount: Balance)
        /// Index 5, `Unreserved{who, amount}`: funds moved from reserved to free.
        case unreserved(who: AccountId32, amount: Balance)
        /// Index 7, `Deposit{who, amount}`: funds were minted into an account.
        case deposited(who: AccountId32, amount: Balance)
        /// Index 8, `Withdraw{who, amount}`: funds were taken out of an account (fees).
        case withdrawn(who: AccountId32, amount: Balance)
        /// Index 19, `Frozen{who, amount}`: more of an account's balance was frozen.
        case frozen(who: AccountId32, amount: Balance)
        /// Index 20, `Thawed{who, amount}`: part of an account's frozen balance was released.
        case thawed(who: AccountId32, amount: Balance)

        /// The variant's name in metadata.
        public var name: String {
            switch self {
            case .endowed: "Endowed"
            case .dustLost: "DustLost"
            case .transferred: "Transfer"
            case .balanceSet: "BalanceSet"
            case .reserved: "Reserved"
            case .unreserved: "Unreserved"
            case .deposited: "Deposit"
            case .withdrawn: "Withdraw"
            case .frozen: "Frozen"
            case .thawed: "Thawed"
            }
        }

        /// The variant index.
        var variantIndex: UInt8 {
            switch self {
            case .endowed: 0
            case .dustLost: 1
            case .transferred: 2
            case .balanceSet: 3
            case .reserved: 4
            case .unreserved: 5
            case .deposited: 7
            case .withdrawn: 8
            case .frozen: 19
            case .thawed: 20
            }
        }
    }
}

extension Balances.Event: ScaleCodable {
    /// Appends the variant index and the fields in declaration order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: variantIndex)
        switch self {
        case .endowed(let account, let amount), .dustLost(let account, let amount),
            .balanceSet(let account, let amount),
            .reserved(let account, let amount), .unreserved(let account, let amount),
            .deposited(let account, let amount),
            .withdrawn(let account, let amount), .frozen(let account, let amount), .thawed(let account, let amount):
            encoder.encode(tuple: account, amount)
        case .transferred(let from, let to, let amount):
            encoder.encode(tuple: from, to, amount)
        }
    }

    /// Reads one event; indices this runtime does not emit are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        if variant == 2 {
            self = .transferred(from: try decoder.decode(), to: try decoder.decode(), amount: try decoder.decode())
            return
        }
        let make: ((AccountId32, Balance) -> Self)? =
            switch variant {
            case 0: { .endowed(account: $0, freeBalance: $1) }
            case 1: { .dustLost(account: $0, amount: $1) }
            case 3: { .balanceSet(who: $0, free: $1) }
            case 4: { .reserved(who: $0, amount: $1) }
            case 5: { .unreserved(who: $0, amount: $1) }
            case 7: { .deposited(who: $0, amount: $1) }
            case 8: { .withdrawn(who: $0, amount: $1) }
            case 19: { .frozen(who: $0, amount: $1) }
            case 20: { .thawed(who: $0, amount: $1) }
            default: nil
            }
        guard let make else { throw decoder.unknownVariant(variant, of: Balances.Event.self) }
        self = make(try decoder.decode(), try decoder.decode())
    }
}
