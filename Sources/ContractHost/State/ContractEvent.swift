public import PhalaPrimitives

/// An event a contract deposited with `seal0.deposit_event`: pallet-contracts' `ContractEmitted`.
///
/// Pink events are contract events with the single pink topic (pink-abi.md §5.4); the cluster that
/// applies a transaction's side effects tells the two apart.
public struct ContractEvent: Sendable, Hashable {
    /// The contract that emitted the event (under `delegate_call`, the delegating contract).
    public var contract: AccountId32
    /// Up to four 32-byte topics.
    public var topics: [H256]
    /// The SCALE-encoded event payload.
    public var data: [UInt8]

    /// Creates an event record.
    public init(contract: AccountId32, topics: [H256], data: [UInt8]) {
        self.contract = contract
        self.topics = topics
        self.data = data
    }
}

/// A contract created during an execution: who instantiated it and where it lives.
public struct Instantiation: Sendable, Hashable {
    /// The account or contract that ran the instantiation.
    public var deployer: AccountId32
    /// The new contract's address.
    public var address: AccountId32

    /// Records that `deployer` created the contract at `address`.
    public init(deployer: AccountId32, address: AccountId32) {
        self.deployer = deployer
        self.address = address
    }
}
