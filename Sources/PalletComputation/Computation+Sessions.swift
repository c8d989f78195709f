import Messaging
public import PhalaPrimitives
public import RuntimeSupport
import Tokenomics

// The session life cycle the stake pools drive (computation.rs `bind`, `unbind_session`,
// `start_computing`, `stop_computing`, `reclaim`; phala-facts.md §3.1). None of these is transactional
// by itself: a failure may leave earlier writes, so callers run them inside a dispatch (which is).
// Each checks everything before its first write, so a refusal writes nothing.
extension Computation {
    /// Binds a session account to a worker, creating a fresh Ready record (`SessionBound`).
    ///
    /// Failure conditions, in order: the worker is unknown — `WorkerNotRegistered`; registered before
    /// the gatekeepers launched while `checkWorkerRegisterTime` — `WorkerReregisterNeeded`; no
    /// benchmark score — `BenchmarkMissing`; the session is bound — `DuplicateBoundSession`; the worker
    /// is bound — `DuplicateBoundWorker`; the session's old record is not Ready — `WorkerNotReady`.
    /// - Parameters:
    ///   - session: the session account.
    ///   - worker: the worker's public key.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func bind(session: AccountId32, worker: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) {
        guard let registered = try workers.worker(worker, in: &state) else {
            throw dispatchError(Error.workerNotRegistered)
        }
        if configuration.checkWorkerRegisterTime {
            guard try workers.isRegisteredAfterGatekeeperLaunch(worker, in: &state) else {
                throw dispatchError(Error.workerReregisterNeeded)
            }
        }
        guard registered.initialScore != nil else { throw dispatchError(Error.benchmarkMissing) }
        guard try !Storage.sessionBindings.contains(session, in: &state) else {
            throw dispatchError(Error.duplicateBoundSession)
        }
        guard try !Storage.workerBindings.contains(worker, in: &state) else {
            throw dispatchError(Error.duplicateBoundWorker)
        }
        if let existing = try Storage.sessions.get(session, in: &state), existing.state != .ready {
            throw dispatchError(Error.workerNotReady)
        }
        let now = try nowSeconds(in: &state)
        Storage.sessionBindings.insert(worker, for: session, in: &state)
        Storage.workerBindings.insert(session, for: worker, in: &state)
        Storage.sessions.insert(.bound(at: now), for: session, in: &state)
        try deposit(.sessionBound(session: session, worker: worker), in: &state)
    }

    /// Unbinds a session from its worker, stopping it first when it computes (`SessionUnbound`); the
    /// session's record stays. With `notify`, the observer hears `sessionUnbound(worker, forced)`.
    ///
    /// Failure conditions: the session is not bound — `SessionNotBound`; the observer's error.
    /// - Parameters:
    ///   - session: the session account.
    ///   - notify: whether to tell the observer.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func unbind(session: AccountId32, notify: Bool, in state: inout Overlay) throws(DispatchError) {
        guard let worker = try Storage.sessionBindings.get(session, in: &state) else {
            throw dispatchError(Error.sessionNotBound)
        }
        let record = try Storage.sessions.get(session, in: &state)
        let forced = !(record?.state.canUnbind ?? true)
        if forced { try stopComputing(session: session, in: &state) }
        Storage.sessionBindings.remove(session, in: &state)
        Storage.workerBindings.remove(worker, in: &state)
        try deposit(.sessionUnbound(session: session, worker: worker), in: &state)
        if notify { try observer.sessionUnbound(worker: worker, forced: forced, in: &state) }
    }

    /// Starts computing with `stake`, which the caller has already locked: V starts at Ve, the worker
    /// hears `Started{session_id, init_v, init_p}` and `WorkerStarted` is deposited.
    ///
    /// Failure conditions, in order: the session is not bound — `SessionNotFound`; not Ready —
    /// `WorkerNotReady`; a stake already recorded — `InternalErrorCannotStartWithExistingStake`; the
    /// worker is gone or has no score — `BenchmarkMissing`; the score is below `minimumInitialScore` —
    /// `BenchmarkTooLow`; no usable parameters — `InternalErrorBadTokenomicParameters`; `stake` below
    /// `k·√P` — `InsufficientStake`; Ve above `v_max` (or too large to compute) — `TooMuchStake`.
    /// - Parameters:
    ///   - session: the session account.
    ///   - stake: the stake it computes with.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func startComputing(session: AccountId32, stake: Balance, in state: inout Overlay) throws(DispatchError) {
        guard let worker = try Storage.sessionBindings.get(session, in: &state),
            var record = try Storage.sessions.get(session, in: &state)
        else { throw dispatchError(Error.sessionNotFound) }
        guard record.state == .ready else { throw dispatchError(Error.workerNotReady) }
        guard try !Storage.stakes.contains(session, in: &state) else {
            throw dispatchError(Error.internalErrorCannotStartWithExistingStake)
        }
        guard let registered = try workers.worker(worker, in: &state), let score = registered.initialScore else {
            throw dispatchError(Error.benchmarkMissing)
        }
        guard score >= configuration.minimumInitialScore else { throw dispatchError(Error.benchmarkTooLow) }
        let parameters = try tokenomicParameters(in: &state)
        let minimum: Balance
        do { minimum = try parameters.minimalStake(score: score) } catch {
            throw dispatchError(Error.internalErrorBadTokenomicParameters)
        }
        guard stake >= minimum else { throw dispatchError(Error.insufficientStake) }
        let ve: U64F64
        do {
            ve = try parameters.initialV(stake: stake, score: score, confidenceLevel: registered.confidenceLevel)
        } catch { throw dispatchError(Error.tooMuchStake) }
        guard ve <= parameters.vMax else { throw dispatchError(Error.tooMuchStake) }
        let online = try Storage.onlineWorkers.value(in: &state)
        let sessionID = try Storage.nextSessionId.value(in: &state)
        let now = try nowSeconds(in: &state)

        Storage.stakes.insert(stake, for: session, in: &state)
        record.state = .workerIdle
        record.ve = ve.bits
        record.v = ve.bits
        record.vUpdatedAt = now
        record.benchmark.pInit = score
        Storage.sessions.insert(record, for: session, in: &state)
        Storage.onlineWorkers.set(online &+ 1, in: &state)
        Storage.nextSessionId.set(sessionID &+ 1, in: &state)
        try publish(.started(sessionID: sessionID, initV: ve.bits, initP: score), about: worker, in: &state)
        try deposit(.workerStarted(session: session, initV: ve.bits, initP: score), in: &state)
    }

    /// Stops a computing session: it cools down from now, the worker hears `Stopped`, `WorkerStopped`
    /// is deposited.
    ///
    /// Failure conditions: the session is not bound — `SessionNotBound`; it has no record —
    /// `SessionNotFound`; it is not computing — `WorkerNotComputing`.
    /// - Parameters:
    ///   - session: the session account.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func stopComputing(session: AccountId32, in state: inout Overlay) throws(DispatchError) {
        guard let worker = try Storage.sessionBindings.get(session, in: &state) else {
            throw dispatchError(Error.sessionNotBound)
        }
        guard var record = try Storage.sessions.get(session, in: &state) else {
            throw dispatchError(Error.sessionNotFound)
        }
        guard record.state.isComputing else { throw dispatchError(Error.workerNotComputing) }
        let online = try Storage.onlineWorkers.value(in: &state)
        record.state = .workerCoolingDown
        record.coolDownStart = try nowSeconds(in: &state)
        Storage.sessions.insert(record, for: session, in: &state)
        Storage.onlineWorkers.set(online > 0 ? online - 1 : 0, in: &state)
        try publish(.stopped, about: worker, in: &state)
        try deposit(.workerStopped(session: session), in: &state)
    }

    /// Ends a session's cool-down: it becomes Ready and its stake record goes (`WorkerReclaimed`). Stake
    /// is never slashed, so the whole stake is returned (computation.rs `calc_final_stake`).
    ///
    /// Failure conditions: no record — `SessionNotFound`; not cooling down, or `checkCooldown` and
    /// fewer than `CoolDownPeriod` seconds since the stop — `CoolDownNotReady`.
    /// - Parameters:
    ///   - session: the session account (bound or not).
    ///   - checkCooldown: whether the cool-down must have passed (false when a pool restarts a worker).
    ///   - state: the block's state.
    /// - Returns: the stake to release and the part slashed (always zero).
    /// - Throws: `DispatchError` as listed above.
    public func reclaim(session: AccountId32, checkCooldown: Bool, in state: inout Overlay) throws(DispatchError)
        -> (returned: Balance, slashed: Balance)
    {
        guard var record = try Storage.sessions.get(session, in: &state) else {
            throw dispatchError(Error.sessionNotFound)
        }
        guard record.state == .workerCoolingDown else { throw dispatchError(Error.coolDownNotReady) }
        if checkCooldown {
            let now = try nowSeconds(in: &state)
            let period = try Storage.coolDownPeriod.value(in: &state)
            guard now >= record.coolDownStart, now - record.coolDownStart >= period else {
                throw dispatchError(Error.coolDownNotReady)
            }
        }
        record.state = .ready
        record.coolDownStart = 0
        Storage.sessions.insert(record, for: session, in: &state)
        let stake = try Storage.stakes.get(session, in: &state) ?? .zero
        Storage.stakes.remove(session, in: &state)
        try deposit(.workerReclaimed(session: session, originalStake: stake, slashed: .zero), in: &state)
        return (stake, .zero)
    }

    /// The live tokenomic parameters, or `InternalErrorBadTokenomicParameters` when absent.
    func tokenomicParameters(in state: inout Overlay) throws(DispatchError) -> TokenomicParameters {
        guard let parameters = try Storage.tokenomicParameters.get(in: &state) else {
            throw dispatchError(Error.internalErrorBadTokenomicParameters)
        }
        return parameters
    }
}
