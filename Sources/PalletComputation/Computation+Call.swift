public import PhalaPrimitives
public import RuntimeSupport
public import SCALE
public import Tokenomics

extension Computation {
    /// Computation's calls, at Phala's `PhalaComputation` call indices (7 `set_budget_per_block` and
    /// 8 `update_contract_root` are not implemented and decode as unknown).
    public enum Call: PalletCall {
        /// Index 0, `set_cool_down_expiration{period}` (root): set `CoolDownPeriod` in seconds.
        case setCoolDownExpiration(period: UInt64)
        /// Index 1, `unbind{session}` (the worker's operator): unbind, stopping first if computing.
        case unbind(session: AccountId32)
        /// Index 2, `force_heartbeat` (root): challenge every computing worker now (seed 0, target max).
        case forceHeartbeat
        /// Index 3, `force_start_computing{session, stake}` (root): `startComputing` without a pool.
        case forceStartComputing(session: AccountId32, stake: Balance)
        /// Index 4, `force_stop_computing{session}` (root): `stopComputing` without a pool.
        case forceStopComputing(session: AccountId32)
        /// Index 5, `update_tokenomic{new_params}` (root): schedule parameters for the end of the block.
        case updateTokenomic(newParams: TokenomicParameters)
        /// Index 6, `set_heartbeat_paused{paused}` (root): turn the heartbeat challenges off or on.
        case setHeartbeatPaused(paused: Bool)

        /// The call's name in metadata.
        public var name: String {
            switch self {
            case .setCoolDownExpiration: "set_cool_down_expiration"
            case .unbind: "unbind"
            case .forceHeartbeat: "force_heartbeat"
            case .forceStartComputing: "force_start_computing"
            case .forceStopComputing: "force_stop_computing"
            case .updateTokenomic: "update_tokenomic"
            case .setHeartbeatPaused: "set_heartbeat_paused"
            }
        }

        /// The call's index.
        public var index: UInt8 {
            switch self {
            case .setCoolDownExpiration: 0
            case .unbind: 1
            case .forceHeartbeat: 2
            case .forceStartComputing: 3
            case .forceStopComputing: 4
            case .updateTokenomic: 5
            case .setHeartbeatPaused: 6
            }
        }

        /// `unbind` reads the registry and a few sessions; governance calls are operational.
        public var dispatchInfo: DispatchInfo {
            switch self {
            case .unbind: DispatchInfo(weight: Weight(refTime: 50_000_000, proofSize: 4_000))
            case .setCoolDownExpiration, .forceHeartbeat, .forceStartComputing, .forceStopComputing, .updateTokenomic,
                .setHeartbeatPaused:
                DispatchInfo(weight: Weight(refTime: 10_000_000, proofSize: 2_000), dispatchClass: .operational)
            }
        }
    }

    /// Dispatches one of Computation's calls.
    ///
    /// Failure conditions: root calls from another origin — `.badOrigin`; `unbind` unsigned —
    /// `.badOrigin`, of an unbound session — `SessionNotBound`, whose worker is not registered —
    /// `WorkerNotRegistered`, by anyone but the worker's operator — `BadSender`; the forced start and
    /// stop fail as `startComputing(session:stake:in:)` and `stopComputing(session:in:)` do.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func dispatch(_ call: Call, origin: Origin, in state: inout Overlay) throws(DispatchError) {
        switch call {
        case .setCoolDownExpiration(let period):
            try origin.ensureRoot()
            Storage.coolDownPeriod.set(period, in: &state)
            try deposit(.coolDownExpirationChanged(period: period), in: &state)
        case .unbind(let session):
            let caller = try origin.ensureSigned()
            guard let worker = try Storage.sessionBindings.get(session, in: &state) else {
                throw dispatchError(Error.sessionNotBound)
            }
            guard let registered = try workers.worker(worker, in: &state) else {
                throw dispatchError(Error.workerNotRegistered)
            }
            guard registered.operator == caller else { throw dispatchError(Error.badSender) }
            try unbind(session: session, notify: true, in: &state)
        case .forceHeartbeat:
            try origin.ensureRoot()
            try challenge(seed: .zero, onlineTarget: .max, in: &state)
        case .forceStartComputing(let session, let stake):
            try origin.ensureRoot()
            try startComputing(session: session, stake: stake, in: &state)
        case .forceStopComputing(let session):
            try origin.ensureRoot()
            try stopComputing(session: session, in: &state)
        case .updateTokenomic(let parameters):
            try origin.ensureRoot()
            Storage.scheduledTokenomicUpdate.set(parameters, in: &state)
        case .setHeartbeatPaused(let paused):
            try origin.ensureRoot()
            Storage.heartbeatPaused.set(paused, in: &state)
        }
    }
}

extension Computation.Call: ScaleCodable {
    /// Appends the call index and the arguments.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: index)
        switch self {
        case .setCoolDownExpiration(let period): encoder.encode(period)
        case .unbind(let session), .forceStopComputing(let session): encoder.encode(session)
        case .forceHeartbeat: break
        case .forceStartComputing(let session, let stake): encoder.encode(tuple: session, stake)
        case .updateTokenomic(let parameters): encoder.encode(parameters)
        case .setHeartbeatPaused(let paused): encoder.encode(paused)
        }
    }

    /// Reads one call; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .setCoolDownExpiration(period: try decoder.decode())
        case 1: self = .unbind(session: try decoder.decode())
        case 2: self = .forceHeartbeat
        case 3: self = .forceStartComputing(session: try decoder.decode(), stake: try decoder.decode())
        case 4: self = .forceStopComputing(session: try decoder.decode())
        case 5: self = .updateTokenomic(newParams: try decoder.decode())
        case 6: self = .setHeartbeatPaused(paused: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: Computation.Call.self)
        }
    }
}
