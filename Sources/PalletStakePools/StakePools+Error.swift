public import RuntimeSupport

extension StakePools {
    /// The pallet's errors: Phala's `stake_pool_v2`, `vault`, `base_pool` and `wrapped_balances` errors
    /// merged under one pallet, with Phala's names (indices are ours, append-only).
    public enum Error: UInt8, PalletError {
        /// The worker is not registered.
        case workerNotRegistered = 0
        /// The worker has not finished its benchmark (no initial score).
        case benchmarkMissing = 1
        /// The worker is already in this pool.
        case workerExists = 2
        /// The worker is already stopped and cooling down.
        case workerAlreadyStopped = 3
        /// The worker is not in the pool.
        case workerDoesNotExist = 4
        /// The worker belongs to another pool.
        case workerInAnotherPool = 5
        /// The caller is not the worker's operator.
        case unauthorizedOperator = 6
        /// The caller is not the pool's (or vault's) owner.
        case unauthorizedPoolOwner = 7
        /// The new cap is below the pool's current value.
        case inadequateCapacity = 8
        /// The contribution would take the pool's value past its cap.
        case stakeExceedsCapacity = 9
        /// No pool has this pid.
        case poolDoesNotExist = 10
        /// The contribution is below `MinContribution`.
        case insufficientContribution = 11
        /// The account holds no shares in the pool.
        case noNftToWithdraw = 12
        /// The payer's free W-PHA is below the amount.
        case insufficientBalance = 13
        /// The pool's free stake cannot cover the worker's stake.
        case insufficientFreeStake = 14
        /// A stake-pool withdrawal is dust or exceeds the shares held plus queued.
        case invalidWithdrawalAmount = 15
        /// The computation pallet refused the binding (the worker or the session is already bound).
        case failedToBindSessionAndWorker = 16
        /// The pool has shares but no value.
        case poolBankrupt = 17
        /// There is nothing to claim.
        case noRewardToClaim = 18
        /// The pool already has `MaxPoolWorkers` workers.
        case workersExceedLimit = 19
        /// A restart must use more stake than the worker had.
        case cannotRestartWithLessStake = 20
        /// The pool has queued withdrawals, so a worker cannot restart.
        case withdrawQueueNotEmpty = 21
        /// The vault was force-shut down; its owner cannot act for it.
        case vaultIsLocked = 22
        /// The worker's session is unknown to the computation pallet.
        case sessionDoesNotExist = 23
        /// The worker is computing or cooling down, so it cannot be removed.
        case workerIsNotReady = 24
        /// A vault withdrawal or owner-share claim asks for more (or dust) shares than are there.
        case noEnoughShareToClaim = 25
        /// A pool the vault invested in has no share price.
        case vaultBankrupt = 26
        /// The vault's commission is already this value.
        case commissionNotChanged = 27
        /// The pid names a vault where a stake pool is needed, or the reverse.
        case poolTypeNotMatch = 28
        /// The staker is already whitelisted.
        case alreadyInContributeWhitelist = 29
        /// The staker is not on the pool's whitelist.
        case notInContributeWhitelist = 30
        /// The whitelist already has 100 stakers.
        case exceedWhitelistMaxLen = 31
        /// The pool has no whitelist.
        case noWhitelistCreated = 32
        /// The account's free W-PHA is below the amount to unwrap.
        case unwrapAmountExceedsAvaliableStake = 33
        /// The subsidy pool cannot pay a reward (it should always be funded).
        case internalSubsidyPoolCannotWithdraw = 34
        /// A fixed-point step overflowed (amounts beyond about 1.2 × 10¹² PHA).
        case arithmeticOverflow = 35

        /// The case's name in metadata.
        public var name: String {
            switch self {
            case .workerNotRegistered: "WorkerNotRegistered"
            case .benchmarkMissing: "BenchmarkMissing"
            case .workerExists: "WorkerExists"
            case .workerAlreadyStopped: "WorkerAlreadyStopped"
            case .workerDoesNotExist: "WorkerDoesNotExist"
            case .workerInAnotherPool: "WorkerInAnotherPool"
            case .unauthorizedOperator: "UnauthorizedOperator"
            case .unauthorizedPoolOwner: "UnauthorizedPoolOwner"
            case .inadequateCapacity: "InadequateCapacity"
            case .stakeExceedsCapacity: "StakeExceedsCapacity"
            case .poolDoesNotExist: "PoolDoesNotExist"
            case .insufficientContribution: "InsufficientContribution"
            case .noNftToWithdraw: "NoNftToWithdraw"
            case .insufficientBalance: "InsufficientBalance"
            case .insufficientFreeStake: "InsufficientFreeStake"
            case .invalidWithdrawalAmount: "InvalidWithdrawalAmount"
            case .failedToBindSessionAndWorker: "FailedToBindSessionAndWorker"
            case .poolBankrupt: "PoolBankrupt"
            case .noRewardToClaim: "NoRewardToClaim"
            case .workersExceedLimit: "WorkersExceedLimit"
            case .cannotRestartWithLessStake: "CannotRestartWithLessStake"
            case .withdrawQueueNotEmpty: "WithdrawQueueNotEmpty"
            case .vaultIsLocked: "VaultIsLocked"
            case .sessionDoesNotExist: "SessionDoesNotExist"
            case .workerIsNotReady: "WorkerIsNotReady"
            case .noEnoughShareToClaim: "NoEnoughShareToClaim"
            case .vaultBankrupt: "VaultBankrupt"
            case .commissionNotChanged: "CommissionNotChanged"
            case .poolTypeNotMatch: "PoolTypeNotMatch"
            case .alreadyInContributeWhitelist: "AlreadyInContributeWhitelist"
            case .notInContributeWhitelist: "NotInContributeWhitelist"
            case .exceedWhitelistMaxLen: "ExceedWhitelistMaxLen"
            case .noWhitelistCreated: "NoWhitelistCreated"
            case .unwrapAmountExceedsAvaliableStake: "UnwrapAmountExceedsAvaliableStake"
            case .internalSubsidyPoolCannotWithdraw: "InternalSubsidyPoolCannotWithdraw"
            case .arithmeticOverflow: "ArithmeticOverflow"
            }
        }

        /// The pallet error for a refused share-accounting step.
        /// - Parameter error: why `BasePool` refused.
        /// - Returns: the matching case.
        public init(_ error: StakePoolError) {
            switch error {
            case .poolBankrupt: self = .poolBankrupt
            case .invalidWithdrawalAmount: self = .invalidWithdrawalAmount
            case .noEnoughShareToClaim: self = .noEnoughShareToClaim
            case .noNftToWithdraw: self = .noNftToWithdraw
            case .arithmeticOverflow: self = .arithmeticOverflow
            }
        }
    }
}
