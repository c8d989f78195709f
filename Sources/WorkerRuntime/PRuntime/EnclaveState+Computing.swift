import EnclaveAPI
import LightClient
import Logging
import Messaging
import PhalaPrimitives
import Tokenomics

/// Where the enclave reports economics inputs it refused. Only block numbers, public keys and the
/// error text appear, never a key's secret.
private let computingLog = Logger(label: "phala.pruntime.computing")

extension EnclaveState {
    /// Starts the gatekeeper replay's block (`will_process_block`), before the block's messages.
    ///
    /// An arithmetic failure leaves the replay as it was; it is deterministic, so every enclave
    /// refuses the same block the same way and the gatekeepers stay identical.
    mutating func beginComputingBlock() {
        do {
            try economics.beginBlock(number: dispatched.number, timestampMs: now)
        } catch {
            computingLog.error("computing economics: block \(dispatched.number) not begun: \(error)")
        }
    }

    /// Follows a system event twice: this worker's own session (and its heartbeat when a challenge
    /// selects it), then the gatekeeper replay of every worker (phala-facts.md §3.4, §3.5).
    /// - Parameters:
    ///   - event: the verified event, from a pallet.
    ///   - environment: the identity and the benchmark counter.
    /// - Throws: `EnclaveError.sealingFailed` when the heartbeat cannot be queued.
    mutating func follow(_ event: SystemEvent, environment: DispatchEnvironment) throws(EnclaveError) {
        let me = environment.identity.publicKeyBytes
        switch event {
        case .workerEvent(let pubkey, let workerEvent):
            if pubkey == me { followOwnSession(workerEvent, benchmark: environment.benchmark) }
            replay(workerEvent, of: pubkey)
        case .heartbeatChallenge(let seed, let onlineTarget):
            try answerChallenge(seed: seed, onlineTarget: onlineTarget, environment: environment)
            economics.challenge(seed: seed, onlineTarget: onlineTarget)
        }
    }

    /// Hands a worker's heartbeat to the gatekeeper replay.
    ///
    /// A heartbeat for another challenge than the oldest one the worker owes means the replay and the
    /// worker disagree (Phala's gatekeeper panics: "state poisoned"). Here the heartbeat is refused and
    /// logged, and the block goes on: every enclave replays the same messages, so every one refuses the
    /// same heartbeat and the gatekeepers' reports stay byte-identical; the worker keeps owing the
    /// challenge and goes offline after the window. Refusing the block instead would stop every
    /// enclave on the chain, since every enclave runs the replay.
    /// - Parameters:
    ///   - report: the heartbeat.
    ///   - pubkey: the sending worker (the message's signed origin).
    /// - Returns: whether the replay took it.
    mutating func replayHeartbeat(_ report: WorkingReportEvent, from pubkey: FixedBytes<32>) -> Bool {
        do {
            try economics.heartbeat(pubkey: pubkey, report: report, params: tokenomicParameters)
            return true
        } catch {
            computingLog.error(
                "computing economics: heartbeat of \(pubkey) in block \(dispatched.number) refused: \(error)"
            )
            return false
        }
    }

    /// Ends the gatekeeper replay's block (`did_process_block`) and, on an active gatekeeper once the
    /// master key is on chain, sends its report on `^phala/mining/update` from the Gatekeeper origin.
    /// - Parameter environment: the identity, to know the gatekeeper role.
    /// - Throws: `EnclaveError.sealingFailed` when the report cannot be queued.
    mutating func endComputingBlock(environment: DispatchEnvironment) throws(EnclaveError) {
        let report: WorkingInfoUpdateEvent?
        do {
            report = try economics.endBlock(params: tokenomicParameters)
        } catch {
            computingLog.error("computing economics: block \(dispatched.number) not ended: \(error)")
            return
        }
        guard let report, chainMasterKey != nil, gatekeeperRole(of: environment.identity) == .active else { return }
        try send(report, to: .miningUpdate, from: .gatekeeper)
    }

    /// Whether the benchmark may stop: no benchmark window and no computing session (`need_pause`).
    var benchmarkIdle: Bool { benchmark == nil && computing == nil }

    /// This worker's state machine: `Started` opens a session (and runs the benchmark), the
    /// unresponsive events pause and resume it, `Stopped` closes it.
    private mutating func followOwnSession(_ event: WorkerEvent, benchmark counter: any IterationCounting) {
        switch event {
        case .started(let sessionID, _, _):
            computing = ComputingSession(
                sessionID: sessionID,
                paused: false,
                startTime: now,
                startIterations: counter.iterations
            )
            counter.resume()
        case .stopped:
            computing = nil
            if benchmarkIdle { counter.pause() }
        case .enterUnresponsive:
            computing?.paused = true
        case .exitUnresponsive:
            computing?.paused = false
        case .registered, .benchStart, .benchScore:
            break
        }
    }

    /// The gatekeeper's replay of one worker event.
    private mutating func replay(_ event: WorkerEvent, of pubkey: FixedBytes<32>) {
        switch event {
        case .registered(let level):
            economics.workerRegistered(pubkey: pubkey, confidenceLevel: level)
        case .started(let sessionID, let initV, let initP):
            economics.workerStarted(
                pubkey: pubkey,
                sessionID: sessionID,
                initialV: U64F64(bits: initV),
                initialP: initP
            )
        case .stopped:
            economics.workerStopped(pubkey: pubkey)
        case .enterUnresponsive:
            economics.workerEnteredUnresponsive(pubkey: pubkey)
        case .exitUnresponsive:
            economics.workerExitedUnresponsive(pubkey: pubkey)
        case .benchStart, .benchScore:
            break
        }
    }

    /// Sends `HeartbeatV2` when this registered, computing (not paused) worker is selected: its hashed
    /// id XOR the seed is at most the target. It reports the iterations since the session started
    /// (the whole count when the counter restarted below the start, as after a process restart).
    private mutating func answerChallenge(seed: U256, onlineTarget: U256, environment: DispatchEnvironment)
        throws(EnclaveError)
    {
        let me = environment.identity.publicKeyBytes
        guard registered, let session = computing, !session.paused,
            ComputingEconomics.isChallenged(pubkey: me, seed: seed, onlineTarget: onlineTarget)
        else { return }
        let counted = environment.benchmark.iterations
        let report = WorkingReportEvent.heartbeatV2(
            sessionID: session.sessionID,
            challengeBlock: dispatched.number,
            challengeTime: now,
            iterations: counted >= session.startIterations ? counted - session.startIterations : counted,
            clusters: 0,
            contracts: 0
        )
        try send(report, to: .miningReport, from: .worker(me))
        heartbeatsSent += 1
        lastChallengeBlock = dispatched.number
    }
}

extension EnclaveState {
    /// This worker's session and the gatekeeper replay's view of it, for the status.
    /// - Parameter pubkey: this worker's identity key.
    /// - Returns: the status.
    func computingStatus(of pubkey: FixedBytes<32>) -> ComputingStatus {
        let replayed = economics.worker(pubkey)
        let state: ComputingStatus.State =
            switch computing?.paused {
            case nil: .none
            case false?: .computing
            case true?: .paused
            }
        return ComputingStatus(
            state: state,
            sessionID: computing?.sessionID,
            heartbeatsSent: heartbeatsSent,
            lastChallengeBlock: lastChallengeBlock,
            v: replayed?.economics?.v,
            pInstant: replayed?.economics?.pInstant,
            unresponsive: replayed?.unresponsive ?? false,
            owedHeartbeats: UInt32(clamping: replayed?.waitingHeartbeats.count ?? 0)
        )
    }
}
