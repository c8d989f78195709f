/// Why a share-accounting operation on a pool was refused, named after Phala's pallet errors.
public enum StakePoolError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pool has shares but no value left; nobody can contribute until it is emptied.
    case poolBankrupt
    /// The withdrawal asks for 1000 planck-shares or fewer, which is dust.
    case invalidWithdrawalAmount
    /// The withdrawal asks for more shares than the user holds plus has queued.
    case noEnoughShareToClaim
    /// A fixed-point step overflowed (amounts above about 1.2 × 10¹² PHA).
    case arithmeticOverflow

    /// What was wrong and what to do about it.
    public var description: String {
        switch self {
        case .poolBankrupt: "the pool has shares but zero value (bankrupt); contribute to another pool"
        case .invalidWithdrawalAmount: "withdrawals must be for more than 1000 planck-shares; ask for more shares"
        case .noEnoughShareToClaim: "not enough shares held or queued for this withdrawal; ask for fewer shares"
        case .arithmeticOverflow: "a fixed-point step overflowed; the amount is beyond what U80F48 can hold"
        }
    }
}
