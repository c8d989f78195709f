public import Messaging
public import PhalaPrimitives
public import RuntimeSupport
import SCALE

extension Registry {
    /// The highest initial score a benchmark can earn (Phala's `MAX_SCORE`).
    public static let maximumScore: UInt32 = 6_000

    /// Handles an authenticated message from the message queue (Phala's `on_message_received` and
    /// `on_gk_message_received`, in that router order): `RegistryEvent`s on `^phala/registry/event` from
    /// workers and `GatekeeperRegistryEvent`s on `^phala/registry/gk_event` from the gatekeepers. Other
    /// topics are ignored.
    ///
    /// Failure conditions: a sender not allowed on the topic — `InvalidSender`; a payload that does not
    /// decode — `CannotHandleUnknownMessage`; a benchmark report from an unknown worker —
    /// `WorkerNotFound`, started at or after now or less than a second ago — `InvalidBenchReport`; a master
    /// public key from a non-gatekeeper — `InvalidGatekeeper`, differing from the stored one —
    /// `MasterKeyMismatch`. A rotation report for a rotation not in progress is no error: it deposits
    /// `MasterKeyRotationFailed` and changes nothing else.
    /// - Parameters:
    ///   - message: the message, its signature and sequence already checked by the message queue.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above; the message queue rolls back this handler's writes.
    public func handle(_ message: Message, in state: inout Overlay) throws(DispatchError) {
        if message.destination == .registryEvent {
            guard case .worker(let pubkey) = message.sender else { throw dispatchError(Error.invalidSender) }
            switch try decode(RegistryEvent.self, from: message.payload) {
            case .benchReport(let startTime, let iterations):
                try recordBenchmark(of: pubkey, startTime: startTime, iterations: iterations, in: &state)
            case .masterPubkey(let key):
                try acceptMasterPubkey(key, from: pubkey, in: &state)
            }
        } else if message.destination == .gatekeeperRegistryEvent {
            guard message.sender == .gatekeeper else { throw dispatchError(Error.invalidSender) }
            switch try decode(GatekeeperRegistryEvent.self, from: message.payload) {
            case .rotatedMasterPubkey(let rotationID, let key):
                try finishRotation(rotationID, masterPubkey: key, in: &state)
            }
        }
    }

    /// The initial score of `iterations` benchmark iterations run from `startTime` until `now` (both Unix
    /// ms): `min(6000, floor(iterations / floor((now − startTime) / 1000)) × 6)` (phala-facts.md §1.4; the
    /// division comes before the ×6). Unlike Phala, which casts to u32 before capping, an impossibly
    /// large product saturates at the cap.
    /// - Returns: the score, or nil when `now` is not at least a second after `startTime`.
    public static func benchmarkScore(iterations: UInt64, startTime: UInt64, now: UInt64) -> UInt32? {
        guard now > startTime else { return nil }
        let seconds = (now - startTime) / 1_000
        guard seconds > 0 else { return nil }
        let (score, overflow) = (iterations / seconds).multipliedReportingOverflow(by: 6)
        return overflow ? maximumScore : UInt32(min(score, UInt64(maximumScore)))
    }

    /// Sets a worker's initial score from its benchmark report and tells its enclave.
    func recordBenchmark(
        of pubkey: FixedBytes<32>,
        startTime: UInt64,
        iterations: UInt64,
        in state: inout Overlay
    ) throws(DispatchError) {
        let now = try clock.unixMilliseconds(in: &state)
        guard let score = Self.benchmarkScore(iterations: iterations, startTime: startTime, now: now) else {
            throw dispatchError(Error.invalidBenchReport)
        }
        guard var worker = try Storage.workers.get(pubkey, in: &state) else {
            throw dispatchError(Error.workerNotFound)
        }
        worker.initialScore = score
        worker.lastUpdated = now / 1_000
        Storage.workers.insert(worker, for: pubkey, in: &state)
        try publish(.benchScore(score), about: pubkey, in: &state)
        try deposit(.initialScoreSet(pubkey: pubkey, initScore: score), in: &state)
    }

    /// Stores the first gatekeeper's master public key and launches the gatekeepers; a later copy must
    /// equal it (phala-facts.md §2.2).
    func acceptMasterPubkey(
        _ key: FixedBytes<32>,
        from sender: FixedBytes<32>,
        in state: inout Overlay
    ) throws(DispatchError) {
        guard try Storage.gatekeeper.value(in: &state).contains(sender) else {
            throw dispatchError(Error.invalidGatekeeper)
        }
        if let stored = try Storage.gatekeeperMasterPubkey.get(in: &state) {
            guard stored == key else { throw dispatchError(Error.masterKeyMismatch) }
            return
        }
        Storage.gatekeeperMasterPubkey.set(key, in: &state)
        try publish(GatekeeperLaunch.masterPubkeyOnChain(masterPubkey: key), to: .gatekeeperLaunch, in: &state)
        let moment = GatekeeperLaunchMoment(
            block: try system.blockNumber(in: &state),
            unixSeconds: try clock.unixMilliseconds(in: &state) / 1_000
        )
        Storage.gatekeeperLaunchedAt.set(moment, in: &state)
        try deposit(.gatekeeperLaunched, in: &state)
    }

    /// Switches to the rotated master public key if `rotationID` is the rotation in progress; otherwise
    /// records `MasterKeyRotationFailed` (phala-facts.md §2.4).
    func finishRotation(
        _ rotationID: UInt64,
        masterPubkey key: FixedBytes<32>,
        in state: inout Overlay
    ) throws(DispatchError) {
        let lock = try Storage.masterKeyRotationLock.value(in: &state)
        guard lock == rotationID else {
            try deposit(.masterKeyRotationFailed(rotationLock: lock, gatekeeperRotationID: rotationID), in: &state)
            return
        }
        Storage.gatekeeperMasterPubkey.set(key, in: &state)
        Storage.masterKeyRotationLock.set(nil, in: &state)
        try deposit(.masterKeyRotated(rotationID: rotationID, masterPubkey: key), in: &state)
        try publish(GatekeeperLaunch.masterPubkeyRotated(masterPubkey: key), to: .gatekeeperLaunch, in: &state)
    }

    /// Decodes a message payload, refusing undecodable bytes with `CannotHandleUnknownMessage`.
    private func decode<Payload: ScaleDecodable>(_ type: Payload.Type, from payload: [UInt8]) throws(DispatchError)
        -> Payload
    {
        do { return try Payload(scaleDecoding: payload) } catch {
            throw dispatchError(Error.cannotHandleUnknownMessage)
        }
    }
}
