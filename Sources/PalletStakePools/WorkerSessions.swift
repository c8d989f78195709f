public import PhalaPrimitives
public import RuntimeSupport

/// What the stake pools need from the computation pallet: binding a pool's session sub-account to a
/// worker and driving that session (Phala's `computation::Pallet` as `stake_pool_v2` calls it).
///
/// The runtime implements it with an adapter over PalletComputation and the worker registry; a pallet
/// never imports another pallet. A session is the pool sub-account `"spm/" ‖ …` of one (pid, worker).
/// Every call works on the block's state, so a failing dispatch rolls the computation side back too.
public protocol WorkerSessions: Sendable {
    /// The registered worker's operator and benchmark status, for `add_worker`'s checks.
    /// - Parameters:
    ///   - worker: the worker's public key.
    ///   - state: the block's state.
    /// - Returns: `nil` when the worker is not registered.
    /// - Throws: a state read failure.
    func registeredWorker(_ worker: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) -> RegisteredWorker?

    /// Binds `session` to `worker` (Phala's `computation::bind`).
    /// - Parameters:
    ///   - session: the pool's session sub-account for the worker.
    ///   - worker: the worker's public key.
    ///   - state: the block's state.
    /// - Throws: the computation pallet's error when either side is already bound or the worker cannot compute.
    func bind(session: AccountId32, worker: FixedBytes<32>, in state: inout Overlay) throws(DispatchError)

    /// Unbinds `session` from its worker, stopping it first if it is computing.
    /// - Parameters:
    ///   - session: the session sub-account.
    ///   - notify: whether the computation pallet calls back `PoolSettlement.onUnbound` (false when the pool itself removes the worker).
    ///   - state: the block's state.
    /// - Throws: the computation pallet's error when the session is not bound.
    func unbind(session: AccountId32, notify: Bool, in state: inout Overlay) throws(DispatchError)

    /// Starts computing with `stake` (Phala's `computation::start_computing`); the pool moves the W-PHA itself.
    /// - Parameters:
    ///   - session: the session sub-account.
    ///   - stake: the stake the worker computes with.
    ///   - state: the block's state.
    /// - Throws: the computation pallet's error (not ready, stake below the minimum, …).
    func startComputing(session: AccountId32, stake: Balance, in state: inout Overlay) throws(DispatchError)

    /// Stops computing; the session cools down (Phala's `computation::stop_computing`).
    /// - Parameters:
    ///   - session: the session sub-account.
    ///   - state: the block's state.
    /// - Throws: the computation pallet's error when the session is not computing.
    func stopComputing(session: AccountId32, in state: inout Overlay) throws(DispatchError)

    /// Ends the cool-down and releases the stake (Phala's `computation::reclaim`).
    /// - Parameters:
    ///   - session: the session sub-account.
    ///   - checkCooldown: false for `restart_computing`, which reclaims at once.
    ///   - state: the block's state.
    /// - Returns: `returned`, the stake given back to the pool (already net of `slashed`), and `slashed`
    ///   (always 0 in Phala, where on-chain stake slashing is disabled).
    /// - Throws: the computation pallet's error when the session is not cooling down or the cool-down is not over.
    func reclaim(session: AccountId32, checkCooldown: Bool, in state: inout Overlay) throws(DispatchError)
        -> (returned: Balance, slashed: Balance)

    /// The session's state, for `remove_worker` (must be ready) and force withdrawal (only computing ones stop).
    /// - Parameters:
    ///   - session: the session sub-account.
    ///   - state: the block's state.
    /// - Returns: `nil` when the session was never bound.
    /// - Throws: a state read failure.
    func sessionState(_ session: AccountId32, in state: inout Overlay) throws(DispatchError) -> SessionState?

    /// The stake recorded for a computing or cooling-down session (Phala's `computation::Stakes`).
    /// - Parameters:
    ///   - session: the session sub-account.
    ///   - state: the block's state.
    /// - Returns: `nil` when no stake is recorded.
    /// - Throws: a state read failure.
    func stake(of session: AccountId32, in state: inout Overlay) throws(DispatchError) -> Balance?
}

/// What `add_worker` needs to know about a registered worker.
public struct RegisteredWorker: Sendable, Hashable {
    /// The account allowed to add the worker to a pool (`WorkerInfo.operator`).
    public var `operator`: AccountId32?
    /// Whether the worker finished its benchmark (`initial_score` is set).
    public var hasInitialScore: Bool

    /// Builds the record.
    /// - Parameters:
    ///   - operator: the worker's operator.
    ///   - hasInitialScore: whether the benchmark finished.
    public init(operator: AccountId32?, hasInitialScore: Bool) {
        self.operator = `operator`
        self.hasInitialScore = hasInitialScore
    }
}

/// A computation session's state as the pools see it (Phala's `WorkerState`, coarsened).
public enum SessionState: Sendable, Hashable {
    /// Bound and not computing: may start, or be removed from the pool.
    case ready
    /// Computing (Phala's `WorkerIdle` or `WorkerUnresponsive`).
    case computing
    /// Stopped and waiting for the cool-down before the stake can be reclaimed.
    case coolingDown
}

/// The capability to read the chain's time in seconds, for withdraw-request ages and grace periods
/// (Phala's `UnixTime::now().as_secs()`); the runtime backs it with Timestamp's `Now`.
public protocol UnixSecondsReading: Sendable {
    /// The current block's time.
    /// - Parameter state: the block's state.
    /// - Returns: Unix seconds.
    /// - Throws: a state read failure.
    func unixSeconds(in state: inout Overlay) throws(DispatchError) -> UInt64
}
