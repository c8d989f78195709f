public import PhalaPrimitives

/// The gatekeeper's replay of every worker's computing economics, block by block (gk.rs
/// `ComputingEconomics`, phala-facts.md §3.5): it tracks which challenges each worker owes, pays
/// heartbeats out of the per-block budget, and reports offline and recovered workers.
///
/// Drive it per block as `beginBlock`, then the block's messages in global order, then `endBlock`.
/// Workers are kept sorted by public key bytes, so two instances fed the same events produce the same
/// bytes. A call that throws leaves the state unchanged.
public struct ComputingEconomics: Sendable, Hashable {
    /// The workers, sorted by public key bytes.
    public internal(set) var workers: [ComputingWorker] = []
    /// The block being processed.
    public internal(set) var blockNumber: UInt32 = 0
    /// That block's timestamp in milliseconds.
    public internal(set) var timestampMs: UInt64 = 0
    /// Σ share over the working, responsive workers, taken at `beginBlock` before any heartbeat.
    public internal(set) var sumShare: U64F64 = .zero
    /// The settlements of the block so far.
    var pendingSettle: [SettleInfo] = []

    /// An empty gatekeeper with no workers.
    public init() {}

    /// The worker with `pubkey`, if registered.
    /// - Parameter pubkey: the worker's public key.
    /// - Returns: its state.
    public func worker(_ pubkey: FixedBytes<32>) -> ComputingWorker? {
        let position = insertionIndex(of: pubkey)
        return position < workers.count && workers[position].pubkey == pubkey ? workers[position] : nil
    }

    /// Starts a block (`will_process_block`): snapshots `sumShare` and clears every heartbeat flag.
    /// - Parameters:
    ///   - number: the block number.
    ///   - timestampMs: the block's timestamp in milliseconds.
    /// - Throws: `ComputingEconomicsError.arithmetic` when a share or the sum overflows.
    public mutating func beginBlock(number: UInt32, timestampMs: UInt64) throws(ComputingEconomicsError) {
        var sum = U64F64.zero
        // One pass over the workers, reading fields in place (copying whole workers would retain their
        // arrays); the few flags cleared before a throw are set again.
        var cleared: [Int] = []
        do {
            for index in workers.indices {
                if workers[index].heartbeatFlag {
                    workers[index].heartbeatFlag = false
                    cleared.append(index)
                }
                guard !workers[index].unresponsive, workers[index].workingState != nil,
                    let economics = workers[index].economics
                else { continue }
                sum = try sum.adding(try economics.share())
            }
        } catch {
            for index in cleared { workers[index].heartbeatFlag = true }
            throw .arithmetic(error)
        }
        blockNumber = number
        self.timestampMs = timestampMs
        sumShare = sum
        pendingSettle = []
    }

    /// Records a registration (`WorkerEvent::Registered`): creates the worker or updates its
    /// confidence level.
    /// - Parameters:
    ///   - pubkey: the worker's public key.
    ///   - confidenceLevel: its attestation's confidence level.
    public mutating func workerRegistered(pubkey: FixedBytes<32>, confidenceLevel: UInt8) {
        let position = insertionIndex(of: pubkey)
        if position < workers.count && workers[position].pubkey == pubkey {
            workers[position].confidenceLevel = confidenceLevel
        } else {
            workers.insert(ComputingWorker(pubkey: pubkey, confidenceLevel: confidenceLevel), at: position)
        }
    }

    /// Records a session start (`WorkerEvent::Started`): fresh economics at the current block, the
    /// worker computing and responsive. Owed challenges stay queued, as in Phala. Unknown workers are
    /// ignored.
    /// - Parameters:
    ///   - pubkey: the worker's public key.
    ///   - sessionID: the new session's id.
    ///   - initialV: Ve as the chain computed it.
    ///   - initialP: the initial performance score.
    public mutating func workerStarted(pubkey: FixedBytes<32>, sessionID: UInt32, initialV: U64F64, initialP: UInt32) {
        guard let position = index(of: pubkey) else { return }
        workers[position].economics = WorkerEconomics(
            startedAt: blockNumber,
            nowMs: timestampMs,
            initialV: initialV,
            initialScore: initialP,
            confidenceLevel: workers[position].confidenceLevel
        )
        workers[position].sessionID = sessionID
        workers[position].workingState = .computing
        workers[position].unresponsive = false
    }

    /// Records `WorkerEvent::EnterUnresponsive`: the worker stops owing new challenges.
    /// - Parameter pubkey: the worker's public key.
    public mutating func workerEnteredUnresponsive(pubkey: FixedBytes<32>) {
        guard let position = index(of: pubkey), workers[position].workingState != nil else { return }
        workers[position].workingState = .paused
    }

    /// Records `WorkerEvent::ExitUnresponsive`: the worker owes challenges again.
    /// - Parameter pubkey: the worker's public key.
    public mutating func workerExitedUnresponsive(pubkey: FixedBytes<32>) {
        guard let position = index(of: pubkey), workers[position].workingState != nil else { return }
        workers[position].workingState = .computing
    }

    /// Records a session stop (`WorkerEvent::Stopped`): the worker leaves the loop and its final V is
    /// settled with no payout.
    /// - Parameter pubkey: the worker's public key.
    public mutating func workerStopped(pubkey: FixedBytes<32>) {
        guard let position = index(of: pubkey) else { return }
        workers[position].workingState = nil
        let v = workers[position].economics?.v.bits ?? 0
        pendingSettle.append(SettleInfo(pubkey: pubkey, v: v, payout: 0, treasury: 0))
    }

    /// Whether a worker must answer a challenge: its hashed id (U256 big-endian of
    /// blake2_256(pubkey)) XOR the seed is at most the target.
    /// - Parameters:
    ///   - pubkey: the worker's public key.
    ///   - seed: the challenge's seed.
    ///   - onlineTarget: the challenge's target.
    /// - Returns: true when selected.
    public static func isChallenged(pubkey: FixedBytes<32>, seed: U256, onlineTarget: U256) -> Bool {
        hashedID(of: pubkey).xor(seed) <= onlineTarget
    }

    /// The 256-bit id a challenge compares: blake2_256(pubkey) read big-endian.
    /// - Parameter pubkey: the worker's public key.
    /// - Returns: the hashed id.
    public static func hashedID(of pubkey: FixedBytes<32>) -> U256 {
        let digest = H256.blake2_256(of: pubkey.bytes).raw.bytes
        guard let id = U256(bigEndian: digest) else { preconditionFailure("blake2_256 yields 32 bytes") }
        return id
    }

    /// The computing (not paused) workers a challenge selects, in public key order.
    /// - Parameters:
    ///   - seed: the challenge's seed.
    ///   - onlineTarget: the challenge's target.
    /// - Returns: their public keys.
    public func challengedWorkers(seed: U256, onlineTarget: U256) -> [FixedBytes<32>] {
        challengedIndices(seed: seed, onlineTarget: onlineTarget).map { workers[$0].pubkey }
    }

    /// Records `SystemEvent::HeartbeatChallenge`: every selected worker owes a heartbeat for this block.
    /// - Parameters:
    ///   - seed: the challenge's seed.
    ///   - onlineTarget: the challenge's target.
    public mutating func challenge(seed: U256, onlineTarget: U256) {
        for index in challengedIndices(seed: seed, onlineTarget: onlineTarget) {
            workers[index].waitingHeartbeats.append(blockNumber)
        }
    }

    /// The positions of the computing workers a challenge selects, ascending; compares the ids hashed
    /// at registration, as `isChallenged(pubkey:seed:onlineTarget:)` would.
    func challengedIndices(seed: U256, onlineTarget: U256) -> [Int] {
        let seed = ChallengeID(seed)
        let target = ChallengeID(onlineTarget)
        return workers.indices.filter {
            workers[$0].workingState == .computing && workers[$0].challengeID.isSelected(seed: seed, target: target)
        }
    }

    /// Finds the index of a registered worker.
    func index(of pubkey: FixedBytes<32>) -> Int? {
        let position = insertionIndex(of: pubkey)
        return position < workers.count && workers[position].pubkey == pubkey ? position : nil
    }

    /// The position `pubkey` has or would have in the sorted worker list (binary search on bytes).
    func insertionIndex(of pubkey: FixedBytes<32>) -> Int {
        var low = 0
        var high = workers.count
        while low < high {
            let middle = (low + high) / 2
            if workers[middle].pubkey.bytes.lexicographicallyPrecedes(pubkey.bytes) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}
