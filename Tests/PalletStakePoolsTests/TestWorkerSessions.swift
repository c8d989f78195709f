import PalletStakePools
import PalletTimestamp
import PhalaCrypto
import PhalaPrimitives
import RuntimeSupport
import SCALE

/// A small stand-in for the computation pallet, keeping its own session records in the test's state
/// (under the prefix `"TestComputation"`) so a failing dispatch rolls them back with everything else.
///
/// It follows Phala's session rules that the pools depend on — one binding per worker and per session,
/// ready → computing → cooling down → ready, the cool-down checked on reclaim, stake returned in full —
/// and calls `PoolSettlement.onUnbound` when asked to notify, as the runtime's computation adapter does.
/// The real PalletComputation replaces it in the runtime tests the lead adds when wiring both pallets.
struct TestWorkerSessions: WorkerSessions {
    /// The cool-down before a stopped session's stake can be reclaimed (Phala's default, 7 days).
    static let coolDownPeriod: UInt64 = 604_800

    static let operators = StorageMap<FixedBytes<32>, AccountId32>(
        pallet: "TestComputation",
        name: "Operators",
        hasher: .twox64Concat
    )
    static let scored = StorageMap<FixedBytes<32>, Bool>(
        pallet: "TestComputation",
        name: "Scored",
        hasher: .twox64Concat
    )
    /// Session state: 0 ready, 1 computing, 2 cooling down.
    static let states = StorageMap<AccountId32, UInt8>(pallet: "TestComputation", name: "States", hasher: .twox64Concat)
    static let sessionWorkers = StorageMap<AccountId32, FixedBytes<32>>(
        pallet: "TestComputation",
        name: "SessionWorkers",
        hasher: .twox64Concat
    )
    static let workerSessions = StorageMap<FixedBytes<32>, AccountId32>(
        pallet: "TestComputation",
        name: "WorkerSessions",
        hasher: .twox64Concat
    )
    static let stakes = StorageMap<AccountId32, Balance>(
        pallet: "TestComputation",
        name: "Stakes",
        hasher: .twox64Concat
    )
    static let coolDownStarts = StorageMap<AccountId32, UInt64>(
        pallet: "TestComputation",
        name: "CoolDownStarts",
        hasher: .twox64Concat
    )

    let settlement: PoolSettlement
    let clock: any UnixSecondsReading

    /// Registers `worker` with `operator`, benchmarked or not.
    static func register(_ worker: FixedBytes<32>, operator: AccountId32, scored: Bool, in state: inout Overlay) {
        Self.operators.insert(`operator`, for: worker, in: &state)
        Self.scored.insert(scored, for: worker, in: &state)
    }

    func registeredWorker(_ worker: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) -> RegisteredWorker?
    {
        guard let op = try Self.operators.get(worker, in: &state) else { return nil }
        return RegisteredWorker(operator: op, hasInitialScore: try Self.scored.get(worker, in: &state) ?? false)
    }

    func bind(session: AccountId32, worker: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) {
        guard try Self.operators.contains(worker, in: &state) else { throw .other("worker not registered") }
        guard try !Self.workerSessions.contains(worker, in: &state),
            try !Self.sessionWorkers.contains(session, in: &state)
        else { throw .other("duplicate bound") }
        if let existing = try Self.states.get(session, in: &state), existing != 0 { throw .other("session busy") }
        Self.states.insert(0, for: session, in: &state)
        Self.sessionWorkers.insert(worker, for: session, in: &state)
        Self.workerSessions.insert(session, for: worker, in: &state)
    }

    func unbind(session: AccountId32, notify: Bool, in state: inout Overlay) throws(DispatchError) {
        guard let worker = try Self.sessionWorkers.get(session, in: &state) else { throw .other("session not bound") }
        if try Self.states.get(session, in: &state) == 1 { try stopComputing(session: session, in: &state) }
        Self.sessionWorkers.remove(session, in: &state)
        Self.workerSessions.remove(worker, in: &state)
        if notify { try settlement.onUnbound(worker: worker, forced: true, in: &state) }
    }

    func startComputing(session: AccountId32, stake: Balance, in state: inout Overlay) throws(DispatchError) {
        guard try Self.states.get(session, in: &state) == 0, try Self.sessionWorkers.contains(session, in: &state)
        else {
            throw .other("session not ready")
        }
        Self.states.insert(1, for: session, in: &state)
        Self.stakes.insert(stake, for: session, in: &state)
    }

    func stopComputing(session: AccountId32, in state: inout Overlay) throws(DispatchError) {
        guard try Self.states.get(session, in: &state) == 1 else { throw .other("session not computing") }
        Self.states.insert(2, for: session, in: &state)
        Self.coolDownStarts.insert(try clock.unixSeconds(in: &state), for: session, in: &state)
    }

    func reclaim(session: AccountId32, checkCooldown: Bool, in state: inout Overlay) throws(DispatchError)
        -> (returned: Balance, slashed: Balance)
    {
        guard try Self.states.get(session, in: &state) == 2 else { throw .other("session not cooling down") }
        let start = try Self.coolDownStarts.get(session, in: &state) ?? 0
        let now = try clock.unixSeconds(in: &state)
        guard !checkCooldown || now - start >= Self.coolDownPeriod else { throw .other("cool-down not over") }
        let stake = try Self.stakes.get(session, in: &state) ?? .zero
        Self.stakes.remove(session, in: &state)
        Self.states.insert(0, for: session, in: &state)
        return (stake, .zero)
    }

    func sessionState(_ session: AccountId32, in state: inout Overlay) throws(DispatchError) -> SessionState? {
        switch try Self.states.get(session, in: &state) {
        case 0: .ready
        case 1: .computing
        case 2: .coolingDown
        default: nil
        }
    }

    func stake(of session: AccountId32, in state: inout Overlay) throws(DispatchError) -> Balance? {
        try Self.stakes.get(session, in: &state)
    }
}

/// The chain's time from Timestamp's `Now`, in seconds, as the runtime's clock adapter reads it.
struct TimestampClock: UnixSecondsReading {
    func unixSeconds(in state: inout Overlay) throws(DispatchError) -> UInt64 {
        try Timestamp.Storage.now.value(in: &state) / 1_000
    }
}
