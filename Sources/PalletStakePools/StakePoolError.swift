/// Why a share-accounting operation on a pool was refused, named after Phala's pallet errors.
public enum StakePoolError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pool has shares but no value left; nobody can contribute until it is emptied.
    case poolBankrupt
    /// A stake-pool withdrawal asks for dust (1000 planck-shares or fewer) or more shares than the
    /// user holds plus has queued.
    case invalidWithdrawalAmount
    /// A vault withdrawal asks for dust or more shares than the user holds plus has queued.
    case noEnoughShareToClaim
    /// The user never held shares in the pool (has no share NFT).
    case noNftToWithdraw
    /// A fixed-point step overflowed (amounts above about 1.2 × 10¹² PHA).
    case arithmeticOverflow

    /// What was wrong and what to do about it.
    public var description: String {
        switch self {
        case .poolBankrupt: "the pool has shares but zero value (bankrupt); contribute to another pool"
        case .invalidWithdrawalAmount, .noEnoughShareToClaim:
            "a withdrawal must be for more than 1000 planck-shares and at most the shares held plus queued"
        case .noNftToWithdraw: "the account holds no shares in this pool; withdraw from a pool it contributed to"
        case .arithmeticOverflow: "a fixed-point step overflowed; the amount is beyond what U80F48 can hold"
        }
    }
}
