public import PhalaPrimitives

extension ComputingEconomics {
    /// Processes a heartbeat from a worker (gk.rs `process_heartbeat`): pops the owed challenge, then,
    /// for the current session, measures P and either recovers an unresponsive worker or pays it out
    /// and queues the settlement. Unknown workers, stopped workers and other sessions only pop the
    /// challenge or are ignored, as in Phala.
    /// - Parameters:
    ///   - pubkey: the sending worker.
    ///   - report: the heartbeat.
    ///   - params: the tokenomic parameters in force (budget per block, treasury ratio).
    /// - Throws: `ComputingEconomicsError.challengeBlockMismatch` when the heartbeat is not for the
    ///   oldest owed challenge (Phala panics: the replay diverged), `.arithmetic` on overflow; the
    ///   state is then unchanged.
    public mutating func heartbeat(pubkey: FixedBytes<32>, report: WorkingReportEvent, params: TokenomicParameters)
        throws(ComputingEconomicsError)
    {
        guard let position = index(of: pubkey) else { return }
        var worker = workers[position]
        guard worker.waitingHeartbeats.first == report.challengeBlock else {
            throw .challengeBlockMismatch(expected: worker.waitingHeartbeats.first, received: report.challengeBlock)
        }
        worker.waitingHeartbeats.removeFirst()
        guard worker.workingState != nil, worker.sessionID == report.sessionID, var economics = worker.economics else {
            workers[position] = worker
            return
        }
        worker.heartbeatFlag = true
        var settlement: SettleInfo?
        do {
            try economics.updatePInstant(
                nowMs: timestampMs,
                iterations: report.iterations,
                contractRunning: report.contractRunning
            )
            economics.challengeTimeLast = report.challengeTime
            economics.iterationLast = report.iterations
            if worker.unresponsive {
                economics.recover(block: blockNumber, nowMs: timestampMs)
            } else {
                let paid = try economics.heartbeatPayout(
                    block: blockNumber,
                    nowMs: timestampMs,
                    sumShare: sumShare,
                    params: params
                )
                settlement = SettleInfo(
                    pubkey: pubkey,
                    v: economics.v.bits,
                    payout: paid.payout.bits,
                    treasury: paid.treasury.bits
                )
            }
        } catch { throw .arithmetic(error) }
        worker.economics = economics
        workers[position] = worker
        if let settlement { pendingSettle.append(settlement) }
    }
}

extension ComputingEconomics {
    /// Ends the block (gk.rs `did_process_block`): detects recovered and offline workers, slashes
    /// unresponsive workers and grows the V of workers without a heartbeat this block.
    ///
    /// A worker owing the challenge of block B is declared offline at the end of the first block X
    /// with X − B > `heartbeatWindow`, and is slashed from that block on.
    /// - Parameter params: the tokenomic parameters in force.
    /// - Returns: the block's report, or nil when it has no offline, recovered or settled worker.
    /// - Throws: `ComputingEconomicsError.arithmetic` on overflow or underflow; the state is then unchanged.
    public mutating func endBlock(params: TokenomicParameters) throws(ComputingEconomicsError)
        -> WorkingInfoUpdateEvent?
    {
        var updated = workers
        var event = WorkingInfoUpdateEvent(blockNumber: blockNumber, timestampMs: timestampMs, settle: pendingSettle)
        do {
            for index in updated.indices where updated[index].workingState != nil {
                var worker = updated[index]
                if worker.unresponsive && worker.heartbeatFlag {
                    worker.unresponsive = false
                    event.recoveredToOnline.append(worker.pubkey)
                } else if !worker.unresponsive, let owed = worker.waitingHeartbeats.first,
                    blockNumber >= owed, blockNumber - owed > params.heartbeatWindow
                {
                    worker.unresponsive = true
                    event.offline.append(worker.pubkey)
                }
                if worker.unresponsive {
                    try worker.economics?.slashStep(params: params)
                } else if !worker.heartbeatFlag {
                    try worker.economics?.idleStep(params: params)
                }
                updated[index] = worker
            }
        } catch { throw .arithmetic(error) }
        workers = updated
        pendingSettle = []
        return event.isEmpty ? nil : event
    }
}
