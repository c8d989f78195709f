/// How a contract call runs, which decides what the pink extension may do (pink-abi.md §6.5).
///
/// A query runs off-chain on a throwaway copy of the cluster state and may reach non-deterministic
/// services (HTTP, randomness, the wall clock). A transaction runs in block order on every worker of
/// the cluster and must reach the same result everywhere; estimating is a transaction's dry run.
public enum ExecutionMode: Sendable, Hashable {
    /// An off-chain query: state changes are discarded, non-deterministic extension functions work.
    case query
    /// A transaction's dry run: deterministic like a transaction, but nothing is kept.
    case estimating
    /// An on-chain command run in block order: deterministic, and its state changes are committed.
    case transaction

    /// What `is_in_transaction` reports: false only for a query.
    public var isInTransaction: Bool { self != .query }

    /// Whether state changes made in this mode are kept after the call.
    public var commitsState: Bool { self == .transaction }
}
