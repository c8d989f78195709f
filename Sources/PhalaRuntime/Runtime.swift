public import PalletAura
public import PalletBalances
public import PalletComputation
public import PalletGrandpa
public import PalletMessageQueue
public import PalletPhatContracts
public import PalletRegistry
public import PalletStakePools
public import PalletSudo
public import PalletSystem
public import PalletTimestamp
public import PalletTransactionPayment
public import PalletUtility
import RuntimeSupport

/// The Phala Swift runtime: the pallets with their fixed indices, wired to each other through their
/// capabilities, and the executive that turns blocks and transactions into state changes.
///
/// The runtime is a pure, synchronous value: every entry point takes the parent state (a
/// `MerkleTrie.Trie`) or a block in progress, and returns new state as an `Overlay`/`TrieChangeSet`.
/// The node owns the database and calls:
/// - `genesis(_:)` once, to build block 0;
/// - `validateTransaction(_:source:parent:)` for the transaction pool;
/// - `beginBlock(_:parentState:)`, `applyExtrinsic(_:to:)`, `finishBlock(_:)` to author a block;
/// - `executeBlock(_:parentState:)` to import one;
/// - `call(_:arguments:state:)` for `state_call` runtime APIs.
///
/// | index | pallet | calls | events |
/// |---|---|---|---|
/// | 0 | System | ✓ | ✓ |
/// | 1 | Balances | ✓ | ✓ |
/// | 2 | Timestamp | ✓ | – |
/// | 3 | TransactionPayment | – | ✓ |
/// | 4 | Aura | – | – |
/// | 5 | Grandpa | – | ✓ |
/// | 6 | Sudo | ✓ | ✓ |
/// | 7 | Utility | ✓ | ✓ |
/// | 8 | PhalaRegistry | ✓ | ✓ |
/// | 9 | PhalaMq (MessageQueue) | ✓ (unsigned) | ✓ |
/// | 10 | PhalaComputation | ✓ | ✓ |
/// | 11 | PhalaStakePoolv2 (stake pools, vaults, W-PHA) | ✓ | ✓ |
/// | 12 | PhalaPhatContracts | ✓ | ✓ |
///
/// Balances sits at 1 so the reference transfer vectors (substrate-rpc.md §7.4, §9) apply unchanged.
/// Indices are part of the chain's wire format: never renumber, only append.
public struct Runtime: Sendable {
    /// The runtime's constants.
    public let configuration: Configuration
    /// Accounts, blocks and events.
    public let system: System
    /// PHA balances.
    public let balances: Balances
    /// The block's time.
    public let timestamp: Timestamp
    /// Fees.
    public let transactionPayment: TransactionPayment
    /// Block authors.
    public let aura: Aura
    /// Finality voters.
    public let grandpa: Grandpa
    /// The development root key.
    public let sudo: Sudo<RuntimeCall>
    /// Batches.
    public let utility: Utility<RuntimeCall>
    /// Workers, attestation and gatekeepers.
    public let registry: Registry
    /// Signed messages from workers and gatekeepers.
    public let messageQueue: MessageQueue
    /// Computing sessions, heartbeat challenges and the gatekeepers' settlements.
    public let computation: Computation
    /// Stake pools, vaults and wrapped PHA.
    public let stakePools: StakePools
    /// Contract clusters and the pink-system code.
    public let phatContracts: PhatContracts

    /// Composes the pallets.
    /// - Parameter configuration: the runtime's constants; the development defaults otherwise.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        let system = System(index: PalletIndex.system, configuration: configuration.system)
        let balances = Balances(index: PalletIndex.balances, system: system, configuration: configuration.balances)
        let aura = Aura(
            index: PalletIndex.aura,
            system: system,
            configuration: .init(slotDuration: configuration.slotDuration)
        )
        self.system = system
        self.balances = balances
        self.aura = aura
        timestamp = Timestamp(
            index: PalletIndex.timestamp,
            observers: [aura],
            configuration: .init(minimumPeriod: configuration.slotDuration / 2)
        )
        transactionPayment = TransactionPayment(
            index: PalletIndex.transactionPayment,
            currency: balances,
            events: system,
            configuration: .init(baseExtrinsicWeight: configuration.limits.baseExtrinsicWeight)
        )
        grandpa = Grandpa(index: PalletIndex.grandpa, system: system)
        sudo = Sudo(index: PalletIndex.sudo, events: system)
        utility = Utility(index: PalletIndex.utility, events: system)
        let publishingQueue = MessageQueue(
            index: PalletIndex.messageQueue,
            events: system,
            signers: RegisteredMessageSigners()
        )
        let registry = Registry(
            index: PalletIndex.registry,
            system: system,
            clock: TimestampClock(),
            messages: MessageQueuePublisher(queue: publishingQueue, pallet: Registry.name)
        )
        self.registry = registry
        // The pools' settlement part needs no Computation, so Computation can call it without a value cycle.
        let settlement = PoolSettlement(
            index: PalletIndex.stakePools,
            system: system,
            currency: balances,
            configuration: configuration.stakePools
        )
        let computation = Computation(
            index: PalletIndex.computation,
            system: system,
            clock: TimestampClock(),
            currency: balances,
            workers: RegistryWorkers(),
            observer: StakePoolSessionObserver(settlement: settlement),
            messages: MessageQueuePublisher(queue: publishingQueue, pallet: Computation.name),
            configuration: configuration.computation
        )
        self.computation = computation
        stakePools = StakePools(
            settlement: settlement,
            sessions: ComputationSessions(computation: computation),
            clock: TimestampClock()
        )
        let phatContracts = PhatContracts(
            index: PalletIndex.phatContracts,
            events: system,
            currency: balances,
            workers: RegistryWorkers(),
            messages: MessageQueuePublisher(queue: publishingQueue, pallet: PhatContracts.name),
            keys: RegistryContractKeys()
        )
        self.phatContracts = phatContracts
        // Phala's router order (phala-facts.md §5.4): Registry's two handlers, Computation's two, then
        // Phat Contracts' three.
        messageQueue = MessageQueue(
            index: PalletIndex.messageQueue,
            events: system,
            signers: RegisteredMessageSigners(),
            handlers: [
                RegistryMessageHandler(registry: registry), ComputationMessageHandler(computation: computation),
                PhatContractsMessageHandler(phatContracts: phatContracts),
            ]
        )
    }

    /// Every pallet in index order, for the executive's hooks.
    var pallets: [any Pallet] {
        [
            system, balances, timestamp, transactionPayment, aura, grandpa, sudo, utility, registry, messageQueue,
            computation, stakePools, phatContracts,
        ]
    }
}

/// The pallets' fixed indices: the first byte of their calls, events and module errors.
public enum PalletIndex {
    /// System.
    public static let system: UInt8 = 0
    /// Balances.
    public static let balances: UInt8 = 1
    /// Timestamp.
    public static let timestamp: UInt8 = 2
    /// TransactionPayment.
    public static let transactionPayment: UInt8 = 3
    /// Aura.
    public static let aura: UInt8 = 4
    /// Grandpa.
    public static let grandpa: UInt8 = 5
    /// Sudo.
    public static let sudo: UInt8 = 6
    /// Utility.
    public static let utility: UInt8 = 7
    /// PhalaRegistry.
    public static let registry: UInt8 = 8
    /// MessageQueue (`PhalaMq`).
    public static let messageQueue: UInt8 = 9
    /// PhalaComputation.
    public static let computation: UInt8 = 10
    /// PhalaStakePoolv2 (stake pools, vaults and W-PHA).
    public static let stakePools: UInt8 = 11
    /// PhalaPhatContracts.
    public static let phatContracts: UInt8 = 12
}
