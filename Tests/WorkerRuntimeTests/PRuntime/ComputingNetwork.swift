import EnclaveAPI
import MerkleTrie
import Messaging
import PalletComputation
import PalletMessageQueue
import PalletRegistry
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing
import Tokenomics

/// Issue 5 end to end: two gatekeepers and one compute worker, all real enclaves, on a real dev chain
/// (test tokenomics, heartbeats on, a challenge for one online worker about every ten blocks). Enclaves 0
/// and 1 are the gatekeepers; enclave 2 is the worker, operated by //Alice and computing in her stake
/// pool 0 with `stake`.
struct ComputingNetwork {
    /// The gatekeepers' enclave indices.
    static let gatekeepers = [0, 1]
    /// The compute worker's enclave index.
    static let workerIndex = 2
    /// The pool's stake and the worker's: above the test profile's minimal stake for the best score the
    /// dev chain gives (100·√6000 ≈ 7746 PHA), and its Ve (at most 1.3·(10000 + 0.3·6000)) below v_max.
    static let stake = Balance.pha(10_000)
    /// The pool owner's commission.
    static let commission = Permill(percent: 20)

    /// The chain and the enclaves.
    var network: DevNetwork
    /// The worker's identity key.
    let worker: FixedBytes<32>
    /// The worker's session account in pool 0.
    let session: AccountId32
    /// The session id the chain gave the computing session.
    let sessionID: UInt32

    /// Registers three enclaves, appoints the first two gatekeepers, waits for the worker's benchmark
    /// score, then //Alice wraps PHA, creates pool 0 with her commission, adds the worker, contributes
    /// and starts it computing, all with signed extrinsics.
    /// - Returns: the network after the block that started the worker.
    static func started() async throws -> ComputingNetwork {
        var network = try DevNetwork(workers: 3)
        let alice = try AccountId32(bytes: network.alice.publicKey)
        network.enclaves[workerIndex].operator = alice
        try await network.start()
        var keys: [FixedBytes<32>] = []
        for index in 0..<3 {
            keys.append(try #require(try await network.enclaves[index].client.status().publicKey))
        }
        try await network.step(
            try await [network.registration(of: 0), network.registration(of: 1), network.registration(of: 2)]
        )
        // The benchmark window is the registration block and the next; the score is the iterations the
        // thread counts in the wall-clock time between them, over the window's two chain seconds.
        try await Task.sleep(for: .seconds(3))
        for index in gatekeepers {
            try await network.step([DevNetwork.sudo(.registry(.registerGatekeeper(gatekeeper: keys[index])))])
            try await network.idle(3)
        }
        let worker = keys[workerIndex]
        let info = try #require(try network.read(Registry.Storage.workers.storageKey(for: worker), as: WorkerInfo.self))
        let score = try #require(info.initialScore, "the worker's benchmark score never reached the chain")
        try #require(score >= 50, "the worker's benchmark score \(score) is below MinInitP: the machine was too busy")

        try await network.step(
            [
                .wrap(amount: stake), .create, .setPayoutPref(pid: 0, payoutCommission: commission),
                .addWorker(pid: 0, pubkey: worker), .contribute(pid: 0, amount: stake, asVault: nil),
            ].map(RuntimeCall.stakePools)
        )
        // A challenge in the start block would select the worker before its benchmark counted anything:
        // the heartbeat would report no iterations, the gatekeepers would measure P = 0 and pay its next
        // heartbeat nothing (as Phala's do). A block's challenge is known before it is built (its seed
        // hashes the parent), so the start waits for a block whose challenge misses the worker.
        while try network.nextChallengeSelects(worker, onlineWorkers: 1) { try await network.idle(1) }
        let sessionID = try network.read(Computation.Storage.nextSessionId.key, as: UInt32.self) ?? 0
        try await network.step([.stakePools(.startComputing(pid: 0, worker: worker, stake: stake))])
        let world = ComputingNetwork(
            network: network,
            worker: worker,
            session: PoolAccounts.sessionAccount(pid: 0, worker: worker),
            sessionID: sessionID
        )
        try #require(try world.sessionInfo()?.state == .workerIdle, "the pool did not start the worker")
        try #require(try await world.workerStatus().heartbeatsSent == 0, "the start block's challenge was mispredicted")
        return world
    }

    /// The chain's newest block number.
    var height: Int { network.chain.height }

    /// The worker's session record at the chain's head.
    func sessionInfo() throws -> SessionInfo? {
        try network.read(Computation.Storage.sessions.storageKey(for: session))
    }

    /// The worker enclave's view of its session.
    func workerStatus() async throws -> ComputingStatus {
        try await network.enclaves[Self.workerIndex].client.status().computing
    }

    /// The events block `number` deposited.
    func events(in number: Int) throws -> [RuntimeEvent] {
        let key = StorageLocation(pallet: "System", item: "Events").prefix
        guard let bytes = try network.chain.state(number).value(forKey: key) else { return [] }
        return try [EventRecord<RuntimeEvent>](scaleDecoding: bytes).map(\.event)
    }

    /// Computation's events in block `number`.
    func computationEvents(in number: Int) throws -> [Computation.Event] {
        try events(in: number).compactMap { if case .computation(let event) = $0 { event } else { nil } }
    }

    /// The stake pools' events in block `number`.
    func poolEvents(in number: Int) throws -> [StakePools.Event] {
        try events(in: number).compactMap { if case .stakePools(let event) = $0 { event } else { nil } }
    }

    /// The heartbeat challenge the chain published at the end of block `number`, if any.
    func challenge(in number: Int) throws -> (seed: U256, onlineTarget: U256)? {
        let messages =
            try network.chain.state(number).value(forKey: MessageQueue.Storage.outboundMessages.key)
            .map { try [Message](scaleDecoding: $0) } ?? []
        for message in messages where message.destination == .systemEvent {
            if case .heartbeatChallenge(let seed, let target) = try SystemEvent(scaleDecoding: message.payload) {
                return (seed, target)
            }
        }
        return nil
    }

    /// The worker's heartbeats the chain has not accepted yet, decoded.
    func pendingHeartbeats() async throws -> [WorkingReportEvent] {
        try await network.enclaves[Self.workerIndex].client.takeEgress()
            .filter { $0.message.destination == .miningReport }
            .map { try WorkingReportEvent(scaleDecoding: $0.message.payload) }
    }

    /// Gatekeeper `index`'s unaccepted messages from the Gatekeeper origin, as sequence and encoded
    /// message (the signatures differ: sr25519 signing is randomized).
    func gatekeeperEgress(_ index: Int) async throws -> [(sequence: UInt64, message: [UInt8])] {
        try await network.enclaves[index].client.takeEgress()
            .filter { $0.message.sender == .gatekeeper }
            .map { ($0.sequence, $0.message.scaleEncoded()) }
    }

    /// The gatekeepers' reports queued in the last block, after checking that both queued the same
    /// messages at the same sequences.
    func gatekeeperReports() async throws -> [WorkingInfoUpdateEvent] {
        let first = try await gatekeeperEgress(Self.gatekeepers[0])
        let second = try await gatekeeperEgress(Self.gatekeepers[1])
        #expect(first.map(\.sequence) == second.map(\.sequence) && first.map(\.message) == second.map(\.message))
        return try first.map { try Message(scaleDecoding: $0.message) }
            .filter { $0.destination == .miningUpdate }
            .map { try WorkingInfoUpdateEvent(scaleDecoding: $0.payload) }
    }

    /// The reports the chain accepted in block `number`.
    func relayedReports(in number: Int) throws -> [WorkingInfoUpdateEvent] {
        try (network.relayed[number] ?? []).filter { $0.message.destination == .miningUpdate }
            .map { try WorkingInfoUpdateEvent(scaleDecoding: $0.message.payload) }
    }

    /// Builds blocks until a challenge selects the worker and it answers.
    /// - Parameter limit: the most blocks to build; at one challenge in ten blocks, 200 blocks all miss
    ///   with probability 0.9²⁰⁰ < 10⁻⁹.
    /// - Returns: the challenge block.
    mutating func stepUntilChallenged(limit: Int = 200) async throws -> Int {
        let answered = try await workerStatus().heartbeatsSent
        for _ in 0..<limit {
            try await network.step()
            if try await workerStatus().heartbeatsSent > answered { return height }
        }
        throw TestFailure("no challenge selected the worker in \(limit) blocks")
    }

    /// Builds blocks until nothing is in flight and then until the worker answers a challenge, then
    /// relays its heartbeat and the gatekeepers' settlement of it, and checks that the chain applied it.
    /// Waiting for quiet first matters: a settlement emitted in the block where an earlier one was
    /// applied is not newer than the session's V, and the chain drops it (Phala's `v_updated_at` check).
    /// - Returns: the settlement.
    mutating func settleNextChallenge() async throws -> SettleInfo {
        try await stepUntilQuiet()
        _ = try await stepUntilChallenged()
        try await network.step()
        let report = try #require(try await gatekeeperReports().first)
        let settle = try #require(report.settle.first { $0.pubkey == worker })
        try await network.step()
        #expect(try relayedReports(in: height) == [report])
        #expect(
            try computationEvents(in: height)
                .contains(.sessionSettled(session: session, vBits: settle.v, payoutBits: settle.payout))
        )
        return settle
    }

    /// Builds blocks until neither a heartbeat of the worker nor a gatekeeper report waits to be
    /// relayed, so that the next block applies no settlement.
    /// - Parameter limit: the most blocks to build.
    mutating func stepUntilQuiet(limit: Int = 20) async throws {
        for _ in 0..<limit {
            let heartbeats = try await pendingHeartbeats()
            let reports = try await gatekeeperReports()
            if heartbeats.isEmpty && reports.isEmpty { return }
            try await network.step()
        }
        throw TestFailure("heartbeats or reports were still in flight after \(limit) blocks")
    }

    /// Settles the worker's heartbeats until one is paid. A heartbeat pays nothing when the gatekeepers
    /// measured P = 0 from the one before (no benchmark iteration finished between the two challenges,
    /// which a busy machine can cause on a chain whose blocks take milliseconds): V then did not grow,
    /// and Phala's gatekeepers pay only V's growth since the last payout.
    /// - Parameter attempts: the most heartbeats to settle.
    /// - Returns: the first paid settlement.
    mutating func settleUntilPaid(attempts: Int = 3) async throws -> SettleInfo {
        for _ in 0..<attempts {
            let settle = try await settleNextChallenge()
            if settle.payout > 0 { return settle }
        }
        throw TestFailure("\(attempts) heartbeats in a row were settled without payout")
    }
}

extension DevNetwork {
    /// Whether the challenge at the end of the next block will select `worker`, with `onlineWorkers`
    /// computing then: the seed is `blake2_256("PhalaPoW" ‖ head hash)`, the target the chain's
    /// `pow_target` (Computation's `onFinalize`).
    func nextChallengeSelects(_ worker: FixedBytes<32>, onlineWorkers: UInt32) throws -> Bool {
        let digest = H256.blake2_256(of: Computation.randomnessSubject + chain.header(chain.height).hash.raw.bytes)
        let seed = try #require(U256(bigEndian: digest.raw.bytes))
        let target = HeartbeatChallenge.onlineTarget(
            expectedHeartbeats: try read(Computation.Storage.expectedHeartbeatCount.key)
                ?? Computation.defaultExpectedHeartbeatCount,
            onlineWorkers: onlineWorkers,
            blockTimeSeconds: try read(Computation.Storage.expectedBlockTimeSec.key)
                ?? Computation.defaultExpectedBlockTimeSec
        )
        return ComputingEconomics.isChallenged(pubkey: worker, seed: seed, onlineTarget: target)
    }
}

/// A test precondition that did not hold.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
