public import PhalaPrimitives

/// Everything one execution (or one frame of it) changed, to be applied by the owner of the state.
///
/// Maps are keyed by what they change, so applying them in any order gives the same state; the lists
/// keep the order in which things happened.
public struct StateChanges: Sendable, Equatable {
    /// One contract's storage cell.
    public struct Cell: Sendable, Hashable {
        /// The contract whose storage holds the cell.
        public var contract: AccountId32
        /// The key within that contract's storage.
        public var key: StorageKey
    }

    /// New storage values; `nil` removes the cell.
    public var storage: [Cell: [UInt8]?] = [:]
    /// Contracts created or given new code.
    public var contracts: [AccountId32: ContractInfo] = [:]
    /// New free balances.
    public var balances: [AccountId32: Balance] = [:]
    /// Events in the order they were deposited.
    public var events: [ContractEvent] = []
    /// Contracts created, in order.
    public var instantiations: [Instantiation] = []

    /// No changes.
    public init() {}

    /// Whether nothing was changed or recorded.
    public var isEmpty: Bool {
        storage.isEmpty && contracts.isEmpty && balances.isEmpty && events.isEmpty && instantiations.isEmpty
    }

    /// Lays `newer` over these changes: its writes win, its events and instantiations follow.
    mutating func absorb(_ newer: StateChanges) {
        storage.merge(newer.storage) { _, new in new }
        contracts.merge(newer.contracts) { _, new in new }
        balances.merge(newer.balances) { _, new in new }
        events += newer.events
        instantiations += newer.instantiations
    }
}
