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
        var event = WorkingInfoUpdateEvent(blockNumber: blockNumber, timestampMs: timestampMs, settle: pendingSettle)
        // Every outcome is worked out first and written afterwards, so a throw changes nothing; workers
        // are read field by field, as copying whole workers would retain their arrays.
        var outcomes: [EndOfBlockOutcome] = []
        outcomes.reserveCapacity(workers.count)
        do {
            for index in workers.indices where workers[index].workingState != nil {
                var unresponsive = workers[index].unresponsive
                let heartbeat = workers[index].heartbeatFlag
                if unresponsive && heartbeat {
                    unresponsive = false
                    event.recoveredToOnline.append(workers[index].pubkey)
                } else if !unresponsive, let owed = workers[index].waitingHeartbeats.first,
                    blockNumber >= owed, blockNumber - owed > params.heartbeatWindow
                {
                    unresponsive = true
                    event.offline.append(workers[index].pubkey)
                }
                var economics = workers[index].economics
                if unresponsive {
                    try economics?.slashStep(params: params)
                } else if !heartbeat {
                    try economics?.idleStep(params: params)
                }
                outcomes.append(
                    EndOfBlockOutcome(
                        index: index,
                        unresponsive: unresponsive,
                        v: economics.map { ($0.v, $0.vDeductible) }
                    )
                )
            }
        } catch { throw .arithmetic(error) }
        for outcome in outcomes {
            workers[outcome.index].unresponsive = outcome.unresponsive
            if let (v, vDeductible) = outcome.v {
                workers[outcome.index].economics?.v = v
                workers[outcome.index].economics?.vDeductible = vDeductible
            }
        }
        pendingSettle = []
        return event.isEmpty ? nil : event
    }
}

/// What `endBlock` decided for one worker in a session: the slash and idle steps change only
/// `unresponsive`, V and its deductible part.
private struct EndOfBlockOutcome {
    /// The worker's position.
    let index: Int
    /// Whether it is unresponsive after this block.
    let unresponsive: Bool
    /// Its V and deductible V after the block's step; nil when it has no economics.
    let v: (value: U64F64, deductible: U64F64)?
}
