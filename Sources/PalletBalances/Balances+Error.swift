public import RuntimeSupport

extension Balances {
    /// Balances' errors, with pallet-balances' indices (append-only).
    public enum Error: UInt8, PalletError {
        /// A vesting schedule keeps the funds locked.
        case vestingBalance = 0
        /// A freeze or lock keeps the funds from being moved.
        case liquidityRestrictions = 1
        /// The free balance is lower than the amount.
        case insufficientBalance = 2
        /// The amount would leave a new account below the existential deposit.
        case existentialDeposit = 3
        /// The transfer would kill an account that must stay alive.
        case expendability = 4
        /// A vesting schedule already exists.
        case existingVestingSchedule = 5
        /// The beneficiary account does not exist.
        case deadAccount = 6
        /// The account has too many named reserves.
        case tooManyReserves = 7
        /// The account has too many holds.
        case tooManyHolds = 8
        /// The account has too many freezes.
        case tooManyFreezes = 9
        /// Issuance deactivation could not be done.
        case issuanceDeactivated = 10
        /// A total-issuance adjustment of zero.
        case deltaZero = 11

        /// The case's name in metadata.
        public var name: String {
            switch self {
            case .vestingBalance: "VestingBalance"
            case .liquidityRestrictions: "LiquidityRestrictions"
            case .insufficientBalance: "InsufficientBalance"
            case .existentialDeposit: "ExistentialDeposit"
            case .expendability: "Expendability"
            case .existingVestingSchedule: "ExistingVestingSchedule"
            case .deadAccount: "DeadAccount"
            case .tooManyReserves: "TooManyReserves"
            case .tooManyHolds: "TooManyHolds"
            case .tooManyFreezes: "TooManyFreezes"
            case .issuanceDeactivated: "IssuanceDeactivated"
            case .deltaZero: "DeltaZero"
            }
        }
    }
}
