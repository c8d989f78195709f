public import PhalaPrimitives
import PhalaCrypto
import SCALE

/// A cluster's contract state held in memory: code, contracts, their storage and balances.
///
/// The worker keeps one per cluster and applies each transaction's `StateChanges` in block order, so
/// every worker of the cluster holds the same state and reports the same `storageRoot(of:)`. A value
/// type: a query runs against a copy and its changes are simply not applied.
public struct ClusterState: ContractStore, Sendable, Equatable {
    private var codes: [H256: ContractCode] = [:]
    private var contracts: [AccountId32: ContractInfo] = [:]
    private var storage: [AccountId32: [StorageKey: [UInt8]]] = [:]
    private var balances: [AccountId32: Balance] = [:]

    /// An empty cluster.
    public init() {}

    /// Stores validated code under its hash.
    public mutating func upload(_ code: ContractCode) { codes[code.hash] = code }

    /// Sets an account's free balance (deposits to the cluster from the chain).
    public mutating func setBalance(_ balance: Balance, of account: AccountId32) { balances[account] = balance }

    /// Applies the changes of a committed transaction.
    public mutating func apply(_ changes: StateChanges) {
        for (cell, value) in changes.storage {
            storage[cell.contract, default: [:]][cell.key] = value
        }
        contracts.merge(changes.contracts) { _, new in new }
        balances.merge(changes.balances) { _, new in new }
    }

    /// The contracts deployed in the cluster, ordered by address.
    public var contractAddresses: [AccountId32] { contracts.keys.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) } }

    /// A digest of one contract's storage: `BLAKE2b-256` over its cells in key order, each as
    /// SCALE(namespace-tagged key) ‖ SCALE(value). Equal on every worker that applied the same commands.
    public func storageRoot(of contract: AccountId32) -> H256 {
        var encoder = ScaleEncoder()
        for (key, value) in (storage[contract] ?? [:]).sorted(by: { $0.key < $1.key }) {
            encoder.encode(key.tagged)
            encoder.encode(value)
        }
        return H256.blake2_256(of: encoder.bytes)
    }

    public func code(_ hash: H256) -> ContractCode? { codes[hash] }

    public func contract(at address: AccountId32) -> ContractInfo? { contracts[address] }

    public func storage(of contract: AccountId32, key: StorageKey) -> [UInt8]? { storage[contract]?[key] }

    public func balance(of account: AccountId32) -> Balance { balances[account] ?? .zero }
}
