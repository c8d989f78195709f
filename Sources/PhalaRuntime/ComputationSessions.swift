import PalletComputation
import PalletStakePools
import PhalaPrimitives
import RuntimeSupport
import Tokenomics

/// The stake pools' view of computing sessions and workers: PalletComputation's session API, and the
/// operator and initial score from Registry's storage (Phala's `stake_pool_v2` calls
/// `computation::Pallet` and reads `registry::Workers` directly).
struct ComputationSessions: WorkerSessions {
    /// The computation pallet the sessions live in.
    let computation: Computation

    /// The worker's operator and whether its benchmark set an initial score.
    func registeredWorker(_ worker: FixedBytes<32>, in state: inout Overlay) throws(DispatchError)
        -> PalletStakePools.RegisteredWorker?
    {
        guard let info = try RegistryWorkers().worker(worker, in: &state) else { return nil }
        return .init(operator: info.operator, hasInitialScore: info.initialScore != nil)
    }

    /// `Computation.bind`.
    func bind(session: AccountId32, worker: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) {
        try computation.bind(session: session, worker: worker, in: &state)
    }

    /// `Computation.unbind`.
    func unbind(session: AccountId32, notify: Bool, in state: inout Overlay) throws(DispatchError) {
        try computation.unbind(session: session, notify: notify, in: &state)
    }

    /// `Computation.startComputing`.
    func startComputing(session: AccountId32, stake: Balance, in state: inout Overlay) throws(DispatchError) {
        try computation.startComputing(session: session, stake: stake, in: &state)
    }

    /// `Computation.stopComputing`.
    func stopComputing(session: AccountId32, in state: inout Overlay) throws(DispatchError) {
        try computation.stopComputing(session: session, in: &state)
    }

    /// `Computation.reclaim`.
    func reclaim(session: AccountId32, checkCooldown: Bool, in state: inout Overlay) throws(DispatchError)
        -> (returned: Balance, slashed: Balance)
    {
        try computation.reclaim(session: session, checkCooldown: checkCooldown, in: &state)
    }

    /// The session's state: Idle and Unresponsive both count as computing.
    func sessionState(_ session: AccountId32, in state: inout Overlay) throws(DispatchError) -> SessionState? {
        guard let info = try computation.sessionInfo(session, in: &state) else { return nil }
        switch info.state {
        case .ready: return .ready
        case .workerIdle, .workerUnresponsive: return .computing
        case .workerCoolingDown: return .coolingDown
        }
    }

    /// `Computation.stake(of:)`.
    func stake(of session: AccountId32, in state: inout Overlay) throws(DispatchError) -> Balance? {
        try computation.stake(of: session, in: &state)
    }
}

/// The stake pools' settlement part as Computation's session observer (Phala's `OnReward` and
/// `OnUnbound` implemented by `stake_pool_v2`).
struct StakePoolSessionObserver: SessionObserving {
    /// The pools' reward and unbinding callbacks.
    let settlement: PoolSettlement

    /// `PoolSettlement.onUnbound`.
    func sessionUnbound(worker: FixedBytes<32>, forced: Bool, in state: inout Overlay) throws(DispatchError) {
        try settlement.onUnbound(worker: worker, forced: forced, in: &state)
    }

    /// `PoolSettlement.onReward`.
    func settled(rewards: [SettleInfo], in state: inout Overlay) throws(DispatchError) {
        try settlement.onReward(rewards, in: &state)
    }
}
