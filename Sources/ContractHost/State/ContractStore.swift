public import PhalaPrimitives

/// What the executor knows about a deployed contract.
public struct ContractInfo: Sendable, Hashable {
    /// The code the contract runs; `set_code_hash` replaces it from the next call on.
    public var codeHash: H256

    /// Records a contract running the code `codeHash`.
    public init(codeHash: H256) {
        self.codeHash = codeHash
    }
}

/// The committed state of a cluster as the executor reads it: code, contracts, their storage, balances.
///
/// The executor never writes here. It collects a call's writes in a `StateChanges` that the owner of
/// the state applies, for a transaction, and drops, for a query. Reads must be consistent for the
/// duration of one execution.
public protocol ContractStore {
    /// The uploaded code with this hash, if any.
    func code(_ hash: H256) -> ContractCode?
    /// The contract deployed at `address`, if any.
    func contract(at address: AccountId32) -> ContractInfo?
    /// The value stored under `key` in the storage of `contract`, if any.
    func storage(of contract: AccountId32, key: StorageKey) -> [UInt8]?
    /// The free balance of `account` in the cluster.
    func balance(of account: AccountId32) -> Balance
}
