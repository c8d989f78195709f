/// The errors of pallet-contracts v1.5, with the indices pink's metadata gives them (pink-abi.md §6.6).
///
/// They reach a caller as `ExecutionFailure.module(index: 4, error: rawValue)`, exactly as pink
/// reports them, so clients written for Phala decode them unchanged. Append-only.
public enum ContractsError: UInt8, Sendable, Hashable, CaseIterable {
    /// The schedule is invalid (never raised by this host).
    case invalidSchedule = 0
    /// `seal_return`, `call` or `delegate_call` was given flags this pallet version does not define.
    case invalidCallFlags = 1
    /// The frame used up its gas (fuel) limit.
    case outOfGas = 2
    /// A host result did not fit the buffer the contract offered.
    case outputBufferTooSmall = 3
    /// A value transfer failed.
    case transferFailed = 4
    /// A call or instantiation would exceed the maximum call depth (5 nested frames).
    case maxCallDepthReached = 5
    /// The called account is not a contract.
    case contractNotFound = 6
    /// The uploaded code is larger than the limit (2 MiB).
    case codeTooLarge = 7
    /// No code is stored under the given hash.
    case codeNotFound = 8
    /// The code's bookkeeping record is missing.
    case codeInfoNotFound = 9
    /// A pointer or length reaches outside the contract's memory.
    case outOfBounds = 10
    /// An input value could not be SCALE-decoded.
    case decodingFailed = 11
    /// The contract trapped: unreachable, a bad memory access, a division by zero, stack exhaustion.
    case contractTrapped = 12
    /// A storage value or event payload is larger than the 1 MiB limit.
    case valueTooLarge = 13
    /// A contract terminated itself while it was re-entered.
    case terminatedWhileReentrant = 14
    /// `input` was read after the input was forwarded to a callee.
    case inputForwarded = 15
    /// A random subject was longer than 32 bytes.
    case randomSubjectTooLong = 16
    /// An event had more than 4 topics.
    case tooManyTopics = 17
    /// The runtime has no chain extension.
    case noChainExtension = 18
    /// An XCM message did not decode.
    case xcmDecodeFailed = 19
    /// A contract already lives at the instantiated address.
    case duplicateContract = 20
    /// A constructor terminated the contract.
    case terminatedInConstructor = 21
    /// A call would re-enter a contract that does not allow it.
    case reentranceDenied = 22
    /// The origin cannot pay the storage deposit.
    case storageDepositNotEnoughFunds = 23
    /// The storage deposit exceeds the limit the caller set.
    case storageDepositLimitExhausted = 24
    /// The code is still used by a contract.
    case codeInUse = 25
    /// The contract reverted (used by dry-run helpers).
    case contractReverted = 26
    /// The code failed validation: bad imports or exports, memory limits, or a malformed module.
    case codeRejected = 27
    /// Code that is not deterministic was called where determinism is required.
    case indeterministic = 28
    /// A storage migration is in progress.
    case migrationInProgress = 29
    /// No migration was performed.
    case noMigrationPerformed = 30
    /// Too many delegate dependencies.
    case maxDelegateDependenciesReached = 31
    /// The delegate dependency was not found.
    case delegateDependencyNotFound = 32
    /// The delegate dependency already exists.
    case delegateDependencyAlreadyExists = 33
    /// A contract cannot depend on its own code.
    case cannotAddSelfAsDelegateDependency = 34

    /// The index of the Contracts pallet in pink's runtime, the `index` of its module errors.
    public static let palletIndex: UInt8 = 4
}
