public import PhalaPrimitives
public import SCALE

extension Computation {
    /// Computation's events at Phala's indices (10 `SubsidyBudgetHalved`, 11
    /// `InternalErrorWrongHalvingConfigured` and 15 `BudgetUpdated` are never emitted here).
    public enum Event: Sendable, Hashable {
        /// Index 0, `CoolDownExpirationChanged{period}`: governance set `CoolDownPeriod` (seconds).
        case coolDownExpirationChanged(period: UInt64)
        /// Index 1, `WorkerStarted{session, init_v, init_p}`: a session started computing.
        case workerStarted(session: AccountId32, initV: UInt128, initP: UInt32)
        /// Index 2, `WorkerStopped{session}`: a session stopped and cools down.
        case workerStopped(session: AccountId32)
        /// Index 3, `WorkerReclaimed{session, original_stake, slashed}`: the stake was released.
        case workerReclaimed(session: AccountId32, originalStake: Balance, slashed: Balance)
        /// Index 4, `SessionBound{session, worker}`.
        case sessionBound(session: AccountId32, worker: FixedBytes<32>)
        /// Index 5, `SessionUnbound{session, worker}`.
        case sessionUnbound(session: AccountId32, worker: FixedBytes<32>)
        /// Index 6, `WorkerEnterUnresponsive{session}`: the gatekeepers declared the worker offline.
        case workerEnterUnresponsive(session: AccountId32)
        /// Index 7, `WorkerExitUnresponsive{session}`: the worker answered again.
        case workerExitUnresponsive(session: AccountId32)
        /// Index 8, `SessionSettled{session, v_bits, payout_bits}`: V updated, treasury paid.
        case sessionSettled(session: AccountId32, vBits: UInt128, payoutBits: UInt128)
        /// Index 9, `InternalErrorWorkerSettleFailed{worker}`: a settlement could not be applied (the
        /// subsidy pool could not pay the treasury, or the bound session has no record).
        case internalErrorWorkerSettleFailed(worker: FixedBytes<32>)
        /// Index 12, `TokenomicParametersChanged`: scheduled parameters took effect.
        case tokenomicParametersChanged
        /// Index 13, `SessionSettlementDropped{session, v, payout}`: a settlement older than the
        /// session's V was not applied to V.
        case sessionSettlementDropped(session: AccountId32, v: UInt128, payout: UInt128)
        /// Index 14, `BenchmarkUpdated{session, p_instant}`: a heartbeat updated the informational P.
        case benchmarkUpdated(session: AccountId32, pInstant: UInt32)

        /// The variant's name in metadata.
        public var name: String {
            switch self {
            case .coolDownExpirationChanged: "CoolDownExpirationChanged"
            case .workerStarted: "WorkerStarted"
            case .workerStopped: "WorkerStopped"
            case .workerReclaimed: "WorkerReclaimed"
            case .sessionBound: "SessionBound"
            case .sessionUnbound: "SessionUnbound"
            case .workerEnterUnresponsive: "WorkerEnterUnresponsive"
            case .workerExitUnresponsive: "WorkerExitUnresponsive"
            case .sessionSettled: "SessionSettled"
            case .internalErrorWorkerSettleFailed: "InternalErrorWorkerSettleFailed"
            case .tokenomicParametersChanged: "TokenomicParametersChanged"
            case .sessionSettlementDropped: "SessionSettlementDropped"
            case .benchmarkUpdated: "BenchmarkUpdated"
            }
        }

        /// The variant's index.
        public var index: UInt8 {
            switch self {
            case .coolDownExpirationChanged: 0
            case .workerStarted: 1
            case .workerStopped: 2
            case .workerReclaimed: 3
            case .sessionBound: 4
            case .sessionUnbound: 5
            case .workerEnterUnresponsive: 6
            case .workerExitUnresponsive: 7
            case .sessionSettled: 8
            case .internalErrorWorkerSettleFailed: 9
            case .tokenomicParametersChanged: 12
            case .sessionSettlementDropped: 13
            case .benchmarkUpdated: 14
            }
        }
    }
}

extension Computation.Event: ScaleCodable {
    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: index)
        switch self {
        case .coolDownExpirationChanged(let period): encoder.encode(period)
        case .workerStarted(let session, let initV, let initP): encoder.encode(tuple: session, initV, initP)
        case .workerStopped(let session), .workerEnterUnresponsive(let session),
            .workerExitUnresponsive(let session):
            encoder.encode(session)
        case .workerReclaimed(let session, let stake, let slashed): encoder.encode(tuple: session, stake, slashed)
        case .sessionBound(let session, let worker), .sessionUnbound(let session, let worker):
            encoder.encode(tuple: session, worker)
        case .sessionSettled(let session, let v, let payout), .sessionSettlementDropped(let session, let v, let payout):
            encoder.encode(tuple: session, v, payout)
        case .internalErrorWorkerSettleFailed(let worker): encoder.encode(worker)
        case .tokenomicParametersChanged: break
        case .benchmarkUpdated(let session, let pInstant): encoder.encode(tuple: session, pInstant)
        }
    }

    /// Reads one event; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .coolDownExpirationChanged(period: try decoder.decode())
        case 1:
            self = .workerStarted(
                session: try decoder.decode(),
                initV: try decoder.decode(),
                initP: try decoder.decode()
            )
        case 2: self = .workerStopped(session: try decoder.decode())
        case 3:
            self = .workerReclaimed(
                session: try decoder.decode(),
                originalStake: try decoder.decode(),
                slashed: try decoder.decode()
            )
        case 4: self = .sessionBound(session: try decoder.decode(), worker: try decoder.decode())
        case 5: self = .sessionUnbound(session: try decoder.decode(), worker: try decoder.decode())
        case 6: self = .workerEnterUnresponsive(session: try decoder.decode())
        case 7: self = .workerExitUnresponsive(session: try decoder.decode())
        case 8:
            self = .sessionSettled(
                session: try decoder.decode(),
                vBits: try decoder.decode(),
                payoutBits: try decoder.decode()
            )
        case 9: self = .internalErrorWorkerSettleFailed(worker: try decoder.decode())
        case 12: self = .tokenomicParametersChanged
        case 13:
            self = .sessionSettlementDropped(
                session: try decoder.decode(),
                v: try decoder.decode(),
                payout: try decoder.decode()
            )
        case 14: self = .benchmarkUpdated(session: try decoder.decode(), pInstant: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: Computation.Event.self)
        }
    }
}
