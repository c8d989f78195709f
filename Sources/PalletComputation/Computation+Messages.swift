public import Messaging
import PhalaPrimitives
public import RuntimeSupport
import SCALE
public import Tokenomics

extension Computation {
    /// Handles an authenticated message from the message queue (Phala's router entries
    /// `Computation.on_gk_message_received` and `on_working_message_received`, after Registry's): the
    /// gatekeepers' `WorkingInfoUpdateEvent` on `^phala/mining/update` and the workers'
    /// `WorkingReportEvent` heartbeats on `phala/mining/report`. Other topics are ignored, and so are
    /// heartbeats not sent by a worker.
    ///
    /// Failure conditions: a report not from the gatekeepers — `BadSender`; a payload that does not
    /// decode — `_InvalidMessage`; a heartbeat from a worker bound to no session — `WorkerNotBound`,
    /// whose session has no record — `SessionNotFound`; the observer's error. A heartbeat whose chain
    /// time does not advance past the last challenge is skipped without error (Phala panics there).
    /// - Parameters:
    ///   - message: the message, its signature and sequence already checked.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above; the message queue rolls back this handler's writes.
    public func handle(_ message: Message, in state: inout Overlay) throws(DispatchError) {
        if message.destination == .miningUpdate {
            guard message.sender == .gatekeeper else { throw dispatchError(Error.badSender) }
            try applyReport(try decode(WorkingInfoUpdateEvent.self, from: message.payload), in: &state)
        } else if message.destination == .miningReport {
            guard case .worker(let pubkey) = message.sender else { return }
            try recordHeartbeat(try decode(WorkingReportEvent.self, from: message.payload), of: pubkey, in: &state)
        }
    }

    /// Applies a gatekeeper report (phala-facts.md §3.6): offline workers become Unresponsive,
    /// recovered ones Idle (non-computing or unbound ones are skipped), each settlement is applied or
    /// dropped, then the observer sees all settlements.
    func applyReport(_ report: WorkingInfoUpdateEvent, in state: inout Overlay) throws(DispatchError) {
        guard !report.isEmpty else { return }
        let emitted = report.timestampMs / 1_000
        let now = try nowSeconds(in: &state)
        for worker in report.offline {
            try setResponsiveness(of: worker, to: .workerUnresponsive, in: &state)
        }
        for worker in report.recoveredToOnline {
            try setResponsiveness(of: worker, to: .workerIdle, in: &state)
        }
        for settlement in report.settle {
            do {
                try state.transactional { (state: inout Overlay) throws(DispatchError) in
                    try settle(settlement, now: now, emitted: emitted, in: &state)
                }
            } catch {
                if state.backendFailure != nil { throw error }
                try deposit(.internalErrorWorkerSettleFailed(worker: settlement.pubkey), in: &state)
            }
        }
        try observer.settled(rewards: report.settle, in: &state)
    }

    /// Moves a bound, computing worker's session to `target` (Unresponsive or Idle) and tells it.
    private func setResponsiveness(
        of worker: FixedBytes<32>,
        to target: WorkerState,
        in state: inout Overlay
    ) throws(DispatchError) {
        guard let session = try Storage.workerBindings.get(worker, in: &state),
            var record = try Storage.sessions.get(session, in: &state), record.state.isComputing
        else { return }
        record.state = target
        Storage.sessions.insert(record, for: session, in: &state)
        if target == .workerUnresponsive {
            try deposit(.workerEnterUnresponsive(session: session), in: &state)
            try publish(.enterUnresponsive, about: worker, in: &state)
        } else {
            try deposit(.workerExitUnresponsive(session: session), in: &state)
            try publish(.exitUnresponsive, about: worker, in: &state)
        }
    }

    /// One settlement (computation.rs `try_handle_settle`): dropped when the session's V is as new as
    /// the report; otherwise V and the reward total are updated and the treasury's cut moves from the
    /// subsidy pool to the treasury. An unbound worker's settlement is ignored here.
    private func settle(_ info: SettleInfo, now: UInt64, emitted: UInt64, in state: inout Overlay)
        throws(DispatchError)
    {
        guard let session = try Storage.workerBindings.get(info.pubkey, in: &state) else { return }
        guard var record = try Storage.sessions.get(session, in: &state) else {
            throw dispatchError(Error.sessionNotFound)
        }
        guard record.vUpdatedAt < emitted else {
            try deposit(.sessionSettlementDropped(session: session, v: info.v, payout: info.payout), in: &state)
            return
        }
        let payout: Balance
        let treasury: Balance
        do {
            payout = try Balance(pha: U64F64(bits: info.payout))
            treasury = try Balance(pha: U64F64(bits: info.treasury))
        } catch { throw .arithmetic(.overflow) }
        record.v = info.v
        record.vUpdatedAt = now
        record.totalReward = record.totalReward.addingReportingOverflow(payout.planck).partialValue
        Storage.sessions.insert(record, for: session, in: &state)
        if treasury > .zero {
            try currency.withdraw(treasury, from: Self.subsidyPoolAccount, keepAlive: false, in: &state)
            try currency.deposit(treasury, into: configuration.treasuryAccount, in: &state)
        }
        try deposit(.sessionSettled(session: session, vBits: info.v, payoutBits: info.payout), in: &state)
    }

    /// Updates the session's informational benchmark from a heartbeat (`BenchmarkUpdated`).
    private func recordHeartbeat(
        _ report: WorkingReportEvent,
        of worker: FixedBytes<32>,
        in state: inout Overlay
    ) throws(DispatchError) {
        guard let session = try Storage.workerBindings.get(worker, in: &state) else {
            throw dispatchError(Error.workerNotBound)
        }
        guard var record = try Storage.sessions.get(session, in: &state) else {
            throw dispatchError(Error.sessionNotFound)
        }
        let now = try nowSeconds(in: &state)
        do {
            try record.benchmark.update(
                nowSeconds: now,
                iterations: report.iterations,
                challengeTimeMs: report.challengeTime
            )
        } catch { return }
        Storage.sessions.insert(record, for: session, in: &state)
        try deposit(.benchmarkUpdated(session: session, pInstant: record.benchmark.pInstant), in: &state)
    }

    /// Decodes a payload, refusing undecodable bytes with `_InvalidMessage`.
    private func decode<Payload: ScaleDecodable>(_ type: Payload.Type, from payload: [UInt8]) throws(DispatchError)
        -> Payload
    {
        do { return try Payload(scaleDecoding: payload) } catch { throw dispatchError(Error.invalidMessage) }
    }
}
