import PhalaPrimitives

/// The executor's transactional view of a cluster: committed state below, one change layer per frame above.
///
/// Each frame (call, instantiate, delegate_call) opens a layer; a frame that returns normally folds it
/// into its caller's, and one that traps or reverts drops it with its sub-frames' changes
/// (pink-abi.md §4.1 "Transactions"). Reads look from the newest layer down to the store.
final class StateOverlay {
    private let store: any ContractStore
    private var layers: [StateChanges] = [StateChanges()]

    init(store: any ContractStore) {
        self.store = store
    }

    /// Opens a layer for a new frame.
    func begin() { layers.append(StateChanges()) }

    /// Folds the newest layer into the one below it.
    func commit() {
        let top = layers.removeLast()
        layers[layers.count - 1].absorb(top)
    }

    /// Drops the newest layer and everything recorded in it.
    func rollback() { layers.removeLast() }

    /// The changes of the whole execution; call once every frame has committed or rolled back.
    var changes: StateChanges { layers[0] }

    func code(_ hash: H256) -> ContractCode? { store.code(hash) }

    func contract(at address: AccountId32) -> ContractInfo? {
        for layer in layers.reversed() {
            if let info = layer.contracts[address] { return info }
        }
        return store.contract(at: address)
    }

    func storage(of contract: AccountId32, key: StorageKey) -> [UInt8]? {
        let cell = StateChanges.Cell(contract: contract, key: key)
        for layer in layers.reversed() {
            if let value = layer.storage[cell] { return value }
        }
        return store.storage(of: contract, key: key)
    }

    func balance(of account: AccountId32) -> Balance {
        for layer in layers.reversed() {
            if let balance = layer.balances[account] { return balance }
        }
        return store.balance(of: account)
    }

    func setStorage(of contract: AccountId32, key: StorageKey, to value: [UInt8]?) {
        layers[layers.count - 1].storage[StateChanges.Cell(contract: contract, key: key)] = .some(value)
    }

    func setContract(_ info: ContractInfo, at address: AccountId32) {
        layers[layers.count - 1].contracts[address] = info
    }

    func record(_ event: ContractEvent) { layers[layers.count - 1].events.append(event) }

    func record(_ instantiation: Instantiation) { layers[layers.count - 1].instantiations.append(instantiation) }

    /// Moves `value` from `source` to `destination`; false, changing nothing, if `source` has too little.
    func transfer(_ value: Balance, from source: AccountId32, to destination: AccountId32) -> Bool {
        guard value != .zero else { return true }
        guard let remaining = balance(of: source).checkedSubtracting(value) else { return false }
        guard let credited = balance(of: destination).checkedAdding(value) else { return false }
        layers[layers.count - 1].balances[source] = remaining
        layers[layers.count - 1].balances[destination] = credited
        return true
    }
}
