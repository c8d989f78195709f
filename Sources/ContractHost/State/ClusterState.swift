public import PhalaPrimitives
import PhalaCrypto
public import SCALE

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

    /// The stored code with this hash, if any.
    public func code(_ hash: H256) -> ContractCode? { codes[hash] }

    /// The contract at `address`, if any.
    public func contract(at address: AccountId32) -> ContractInfo? { contracts[address] }

    /// One cell of a contract's storage, if set.
    public func storage(of contract: AccountId32, key: StorageKey) -> [UInt8]? { storage[contract]?[key] }

    /// The account's balance in the cluster; zero for an unknown account.
    public func balance(of account: AccountId32) -> Balance { balances[account] ?? .zero }
}

extension ClusterState: ScaleCodable {
    /// Writes codes, contracts, storage and balances, each sorted by key, so equal states encode equally
    /// (the enclave seals this).
    public func encode(to encoder: inout ScaleEncoder) {
        let sortedCodes = codes.values.sorted { $0.hash.bytes.lexicographicallyPrecedes($1.hash.bytes) }
        encoder.encode(compactLength: sortedCodes.count)
        for code in sortedCodes {
            encoder.encode(code.wasm)
            encoder.encode(code.isDeterministic)
        }
        encoder.encode(compactLength: contracts.count)
        for address in contractAddresses {
            encoder.encode(address)
            encoder.encode(contracts[address]?.codeHash ?? .zero)
        }
        let holders = storage.keys.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        encoder.encode(compactLength: holders.count)
        for holder in holders {
            encoder.encode(holder)
            let cells = (storage[holder] ?? [:]).sorted { $0.key < $1.key }
            encoder.encode(compactLength: cells.count)
            for (key, value) in cells {
                encoder.encode(key.tagged)
                encoder.encode(value)
            }
        }
        let accounts = balances.keys.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        encoder.encode(compactLength: accounts.count)
        for account in accounts {
            encoder.encode(account)
            encoder.encode(balances[account]?.planck ?? 0)
        }
    }

    /// Reads what `encode(to:)` wrote; code hashes are recomputed from the wasm.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init()
        for _ in 0..<(try decoder.decodeCompactLength()) {
            let wasm: [UInt8] = try decoder.decode()
            upload(ContractCode(wasm: wasm, isDeterministic: try decoder.decode()))
        }
        for _ in 0..<(try decoder.decodeCompactLength()) {
            let address: AccountId32 = try decoder.decode()
            contracts[address] = ContractInfo(codeHash: try decoder.decode())
        }
        for _ in 0..<(try decoder.decodeCompactLength()) {
            let holder: AccountId32 = try decoder.decode()
            var cells: [StorageKey: [UInt8]] = [:]
            for _ in 0..<(try decoder.decodeCompactLength()) {
                let tagged: [UInt8] = try decoder.decode()
                guard let namespace = tagged.first, namespace <= 1 else { throw decoder.error(.invalidValue(reason: "a storage key namespace other than 0 (fixed) or 1 (variable)")) }
                let key = Array(tagged.dropFirst())
                let value: [UInt8] = try decoder.decode()
                cells[namespace == 0 ? .fixed(key) : .variable(key)] = value
            }
            storage[holder] = cells
        }
        for _ in 0..<(try decoder.decodeCompactLength()) {
            let account: AccountId32 = try decoder.decode()
            balances[account] = Balance(planck: try decoder.decode())
        }
    }
}
