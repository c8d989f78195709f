public import Messaging
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE
public import Tokenomics

/// The Computation pallet: computing sessions of workers bound to stake pool sub-accounts, their stake,
/// their V, the heartbeat challenges and the gatekeepers' settlements (Phala's `PhalaComputation`,
/// pallets/phala/src/compute/computation.rs; phala-facts.md §3.1, §3.2, §3.4, §3.6).
///
/// ## Overview
/// A session account (a pool's sub-account for one worker) is bound to a registered, benchmarked
/// worker (`bind`), starts computing with a stake (`startComputing`: the stake must reach
/// `k·√P` and its Ve must not exceed `v_max`), stops (`stopComputing`, entering the cool-down), and
/// after `CoolDownPeriod` seconds is reclaimed (`reclaim`: the stake comes back in full; Phala never
/// slashes stake). These four are not extrinsics: the stake pools pallet calls them through its adapter.
/// The worker's operator may `unbind` a session as a call; governance sets the cool-down, the tokenomic
/// parameters (applied at the end of the block) and whether heartbeats are paused.
///
/// At the end of every block, unless heartbeats are paused, the pallet challenges the computing
/// workers: `SystemEvent.heartbeatChallenge(seed, onlineTarget)` on `phala/system/event`, with the
/// `pow_target` for `OnlineWorkers` at `ExpectedHeartbeatCount` heartbeats per block.
///
/// Messages it handles (after Registry's, phala-facts.md §5.4): the gatekeepers'
/// `WorkingInfoUpdateEvent` on `^phala/mining/update` (offline, recovered, settlements; the treasury's
/// cut moves from the subsidy pool to the treasury, then the observer sees every settlement) and the
/// workers' heartbeats on `phala/mining/report` (the chain's informational benchmark).
///
/// ## Terminology
/// - Session: the account a worker computes for (Phala: `session`, earlier `miner`).
/// - Computing: `WorkerIdle` or `WorkerUnresponsive`.
/// - Subsidy pool: the `"modl" ‖ "phala/pp"` account that pays rewards and the treasury's cut.
///
/// ## Assumptions
/// - No `RandomnessCollectiveFlip`: the challenge seed is `blake2_256("PhalaPoW" ‖ parent hash)`, read
///   big-endian. Block authors know it one block ahead, as they do Phala's collective-flip output.
/// - Tokenomic parameters are not announced at genesis (Phala queues `TokenomicParametersChanged`
///   for block 1); gatekeepers read `TokenomicParameters` from the chain state when they start, and
///   every later change is published.
/// - `set_budget_per_block` and `update_contract_root` (the budget contract, calls 7 and 8) and the
///   migration and halving leftovers are not implemented.
///
/// ## Storage (prefix `"PhalaComputation"`)
/// - `TokenomicParameters`, `ScheduledTokenomicUpdate`: the live parameters and the ones applied at
///   the end of this block.
/// - `OnlineWorkers`: computing sessions; `ExpectedHeartbeatCount`: heartbeats wanted per block (20
///   when absent); `HeartbeatPaused`: whether challenges are off (true when absent).
/// - `Sessions`: session → `SessionInfo`; `SessionBindings`: session → worker; `WorkerBindings`:
///   worker → session.
/// - `CoolDownPeriod` (seconds), `NextSessionId`, `Stakes`: session → stake while computing or cooling.
/// - `ExpectedBlockTimeSec` (ours; a runtime constant in Phala): the block time `pow_target` assumes.
public struct Computation: Pallet {
    /// The pallet's name and storage prefix, and the pallet origin of its messages.
    public static let name = "PhalaComputation"

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// Where events go, the block number and the parent hash (System).
    public let system: any SystemAccess
    /// The chain's time (Timestamp).
    public let clock: any UnixTimeReading
    /// PHA balances, for the treasury's cut out of the subsidy pool (Balances).
    public let currency: any Currency
    /// What the registry knows about workers.
    public let workers: any WorkerRegistryReading
    /// Who hears about unbound sessions and settlements (the stake pools).
    public let observer: any SessionObserving
    /// Where messages to enclaves and gatekeepers go (the message queue).
    public let messages: any ComputationMessagePublishing
    /// The pallet's constants.
    public let configuration: Configuration

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - system: events, block number and parent hash.
    ///   - clock: the chain's time.
    ///   - currency: balances, for the treasury payments.
    ///   - workers: the registry's view of workers.
    ///   - observer: the stake pools' callbacks.
    ///   - messages: the outlet for messages.
    ///   - configuration: the constants.
    public init(
        index: UInt8,
        system: any SystemAccess,
        clock: any UnixTimeReading,
        currency: any Currency,
        workers: any WorkerRegistryReading,
        observer: any SessionObserving,
        messages: any ComputationMessagePublishing,
        configuration: Configuration = Configuration()
    ) {
        self.index = index
        self.system = system
        self.clock = clock
        self.currency = currency
        self.workers = workers
        self.observer = observer
        self.messages = messages
        self.configuration = configuration
    }

    /// The subsidy pool: `"modl" ‖ "phala/pp"` padded with zeros (Phala's `PalletId(*b"phala/pp")`
    /// `into_account_truncating`, phala-facts.md §0.3).
    public static let subsidyPoolAccount = AccountId32(
        FixedBytes(known: Array("modlphala/pp".utf8) + [UInt8](repeating: 0, count: 20))
    )

    /// Records one of Computation's events.
    func deposit(_ event: Event, in state: inout Overlay) throws(DispatchError) {
        try system.deposit(encodedEvent(event), in: &state)
    }

    /// Tells enclaves about one worker on `phala/system/event`.
    func publish(_ event: WorkerEvent, about pubkey: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) {
        try messages.publish(
            SystemEvent.workerEvent(pubkey: pubkey, event: event).scaleEncoded(),
            to: .systemEvent,
            in: &state
        )
    }

    /// The chain's time in whole seconds (Phala's `now_sec`).
    func nowSeconds(in state: inout Overlay) throws(DispatchError) -> UInt64 {
        try clock.unixMilliseconds(in: &state) / 1_000
    }
}
