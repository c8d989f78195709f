import MerkleTrie
import Messaging
import PalletMessageQueue
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

/// Registry's message handler: benchmark reports and master public keys from workers, rotated master
/// keys from the gatekeepers (phala-facts.md §1.4, §2.2, §2.4; registry.rs `on_message_received`,
/// `on_gk_message_received`).
@Suite struct RegistryMessagesTests {
    static let error = WorkerRegistrationTests.error
    static let worker = WorkerRegistrationTests.info.pubkey
    /// Block 1's time in the test world: slot 1000 × 1000 ms.
    static let now: UInt64 = 1_000_000

    static func message(_ payload: some ScaleEncodable, from sender: MessageOrigin, on topic: Topic) -> Message {
        Message(sender: sender, destination: topic, payload: payload.scaleEncoded())
    }

    static func benchReport(startTime: UInt64, iterations: UInt64, from pubkey: FixedBytes<32> = worker) -> Message {
        message(
            RegistryEvent.benchReport(startTime: startTime, iterations: iterations),
            from: .worker(pubkey),
            on: .registryEvent
        )
    }

    static func rotated(_ rotationID: UInt64, _ key: FixedBytes<32>) -> Message {
        message(
            GatekeeperRegistryEvent.rotatedMasterPubkey(rotationID: rotationID, masterPubkey: key),
            from: .gatekeeper,
            on: .gatekeeperRegistryEvent
        )
    }

    static func worldWithWorker() throws -> TestRuntime { try GovernanceTests.worldWithWorker() }

    @Test func aBenchReportSetsTheInitialScoreAndTellsTheWorker() throws {
        var world = try Self.worldWithWorker()
        // 1000 iterations in 10.5 s: floor(1000 / 10) × 6 = 600.
        try world.handle(Self.benchReport(startTime: Self.now - 10_500, iterations: 1_000))
        let stored = try Registry.Storage.workers.value(Self.worker, in: &world.block.state)
        #expect(stored.initialScore == 600)
        #expect(stored.lastUpdated == Self.now / 1_000)
        #expect(
            try GatekeeperTests.outbound(&world).last
                == GatekeeperTests.published(
                    SystemEvent.workerEvent(pubkey: Self.worker, event: .benchScore(600)),
                    on: .systemEvent
                )
        )
        #expect(
            try world.events().map(\.event).last == .registry(.initialScoreSet(pubkey: Self.worker, initScore: 600))
        )
    }

    /// registry.rs: `iterations / ((now - start_time) / 1000) * 6`, capped at `MAX_SCORE` = 6000.
    @Test func theScoreDividesByWholeSecondsBeforeMultiplyingAndIsCapped() {
        #expect(Registry.benchmarkScore(iterations: 1_000, startTime: 0, now: 10_500) == 600)
        #expect(Registry.benchmarkScore(iterations: 1_005, startTime: 0, now: 10_000) == 600)
        #expect(Registry.benchmarkScore(iterations: 999, startTime: 500, now: 1_500) == 5_994)
        #expect(Registry.benchmarkScore(iterations: 1_001, startTime: 0, now: 1_000) == 6_000)
        #expect(Registry.benchmarkScore(iterations: .max, startTime: 0, now: 1_000) == 6_000)
        #expect(Registry.benchmarkScore(iterations: 1, startTime: 0, now: 999) == nil)
        #expect(Registry.benchmarkScore(iterations: 1, startTime: 5_000, now: 5_000) == nil)
        #expect(Registry.benchmarkScore(iterations: 1, startTime: 6_000, now: 5_000) == nil)
    }

    @Test func aBenchReportFromTheFutureOrUnderASecondOldIsRefused() throws {
        var world = try Self.worldWithWorker()
        for startTime in [Self.now + 1, Self.now, Self.now - 999] {
            try world.expectNoop(Self.error(.invalidBenchReport)) { (world: inout TestRuntime) throws(DispatchError) in
                try world.handle(Self.benchReport(startTime: startTime, iterations: 1_000))
            }
        }
    }

    @Test func aBenchReportFromAnUnknownWorkerIsRefused() throws {
        var world = try Self.worldWithWorker()
        try world.expectNoop(Self.error(.workerNotFound)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.handle(Self.benchReport(startTime: 0, iterations: 1, from: FixedBytes(repeating: 9)))
        }
    }

    @Test func wrongSendersAndUndecodablePayloadsAreRefusedAndOtherTopicsIgnored() throws {
        var world = try Self.worldWithWorker()
        let report = RegistryEvent.benchReport(startTime: 0, iterations: 1)
        let refused: [(Message, Registry.Error)] = [
            (Self.message(report, from: .pallet("PhalaRegistry"), on: .registryEvent), .invalidSender),
            (Self.message(report, from: .gatekeeper, on: .registryEvent), .invalidSender),
            (
                Self.message(
                    Self.rotated(1, .init(repeating: 1)).payload,
                    from: .worker(Self.worker),
                    on: .gatekeeperRegistryEvent
                ), .invalidSender
            ),
            (
                Message(sender: .worker(Self.worker), destination: .registryEvent, payload: [9]),
                .cannotHandleUnknownMessage
            ),
            (
                Message(sender: .gatekeeper, destination: .gatekeeperRegistryEvent, payload: [0, 1]),
                .cannotHandleUnknownMessage
            ),
        ]
        for (message, error) in refused {
            try world.expectNoop(Self.error(error)) { (world: inout TestRuntime) throws(DispatchError) in
                try world.handle(message)
            }
        }
        let before = try world.block.state.committed().root
        try world.handle(Self.message(report, from: .worker(Self.worker), on: .miningReport))
        #expect(try world.block.state.committed().root == before)
    }

    @Test func theFirstMasterPubkeyLaunchesTheGatekeepersAndLaterCopiesMustMatch() throws {
        var world = try Self.worldWithWorker()
        try world.dispatch(.registry(.registerGatekeeper(gatekeeper: Self.worker)), as: .root)
        let key = FixedBytes<32>(repeating: 0x42)
        let announcement = Self.message(RegistryEvent.masterPubkey(key), from: .worker(Self.worker), on: .registryEvent)
        try world.handle(announcement)
        #expect(try Registry.Storage.gatekeeperMasterPubkey.get(in: &world.block.state) == key)
        #expect(
            try Registry.Storage.gatekeeperLaunchedAt.get(in: &world.block.state)
                == GatekeeperLaunchMoment(block: 1, unixSeconds: Self.now / 1_000)
        )
        #expect(
            try GatekeeperTests.outbound(&world).last
                == GatekeeperTests.published(
                    GatekeeperLaunch.masterPubkeyOnChain(masterPubkey: key),
                    on: .gatekeeperLaunch
                )
        )
        #expect(try world.events().map(\.event).last == .registry(.gatekeeperLaunched))

        let before = try world.block.state.committed().root
        try world.handle(announcement)
        #expect(try world.block.state.committed().root == before)
        let other = Self.message(
            RegistryEvent.masterPubkey(FixedBytes(repeating: 0x43)),
            from: .worker(Self.worker),
            on: .registryEvent
        )
        try world.expectNoop(Self.error(.masterKeyMismatch)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.handle(other)
        }
    }

    @Test func aMasterPubkeyFromAWorkerThatIsNoGatekeeperIsRefused() throws {
        var world = try Self.worldWithWorker()
        let announcement = Self.message(
            RegistryEvent.masterPubkey(FixedBytes(repeating: 0x42)),
            from: .worker(Self.worker),
            on: .registryEvent
        )
        try world.expectNoop(Self.error(.invalidGatekeeper)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.handle(announcement)
        }
    }

    @Test func theLockedRotationsReportSwitchesTheMasterKeyAndUnlocks() throws {
        var world = try GatekeeperTests.worldWithGatekeepers()
        try world.dispatch(.registry(.rotateMasterKey), as: .root)
        let rotatedKey = FixedBytes<32>(repeating: 0x77)
        try world.handle(Self.rotated(1, rotatedKey))
        #expect(try Registry.Storage.gatekeeperMasterPubkey.get(in: &world.block.state) == rotatedKey)
        #expect(try Registry.Storage.masterKeyRotationLock.value(in: &world.block.state) == nil)
        #expect(
            try world.events().map(\.event).last
                == .registry(.masterKeyRotated(rotationID: 1, masterPubkey: rotatedKey))
        )
        #expect(
            try GatekeeperTests.outbound(&world).last
                == GatekeeperTests.published(
                    GatekeeperLaunch.masterPubkeyRotated(masterPubkey: rotatedKey),
                    on: .gatekeeperLaunch
                )
        )
    }

    @Test func aReportOfAnotherRotationIsRecordedAsFailedAndChangesNothingElse() throws {
        var world = try GatekeeperTests.worldWithGatekeepers()
        try world.handle(Self.rotated(1, FixedBytes(repeating: 0x77)))
        #expect(
            try world.events().map(\.event).last
                == .registry(.masterKeyRotationFailed(rotationLock: nil, gatekeeperRotationID: 1))
        )
        try world.dispatch(.registry(.rotateMasterKey), as: .root)
        try world.handle(Self.rotated(2, FixedBytes(repeating: 0x77)))
        #expect(
            try world.events().map(\.event).last
                == .registry(.masterKeyRotationFailed(rotationLock: 1, gatekeeperRotationID: 2))
        )
        #expect(try Registry.Storage.gatekeeperMasterPubkey.get(in: &world.block.state) == GatekeeperTests.masterKey)
        #expect(try Registry.Storage.masterKeyRotationLock.value(in: &world.block.state) == 1)
    }
}

/// The whole path: a worker-signed message in a `PhalaMq.sync_offchain_message` extrinsic reaches
/// Registry through the runtime's router (phala-facts.md §5.4 step 6).
@Suite struct RegistryMessageRoutingTests {
    @Test func aWorkerSignedBenchReportInABlockSetsTheInitialScore() throws {
        var world = try TestRuntime.build(registry: WorkerRegistrationTests.settings)
        var info = WorkerRegistrationTests.info
        info.pubkey = DevAccount.dave.id.raw
        try WorkerRegistrationTests.register(&world, info, attestation: WorkerRegistrationTests.attest(info))
        try world.produceBlock([])

        // Block 2 is at 1,001,000 ms: 10.5 s after the start, 1000 iterations score floor(1000 / 10) × 6.
        let report = SignedMessage.signing(
            RegistryMessagesTests.message(
                RegistryEvent.benchReport(startTime: 990_500, iterations: 1_000),
                from: .worker(info.pubkey),
                on: .registryEvent
            ),
            sequence: 0,
            with: MessageQueueTests.key(.dave)
        )
        let results = try world.produceBlock([MessageQueueTests.extrinsic(report)])
        #expect(results.map { try? $0.get().get() } == [Empty()])

        var state = Overlay(base: world.headState)
        #expect(try Registry.Storage.workers.value(info.pubkey, in: &state).initialScore == 600)
        #expect(try Registry.Storage.workers.value(info.pubkey, in: &state).lastUpdated == 1_001)
        #expect(
            try world.headEvents().map(\.event).contains(
                .registry(.initialScoreSet(pubkey: info.pubkey, initScore: 600))
            )
        )
        // The on-chain-only report stays off the outbound list; the score goes out to the enclave.
        #expect(
            try MessageQueue.Storage.outboundMessages.value(in: &state)
                == [
                    GatekeeperTests.published(
                        SystemEvent.workerEvent(pubkey: info.pubkey, event: .benchScore(600)),
                        on: .systemEvent
                    )
                ]
        )
    }

    @Test func aRefusedReportIsStillConsumedWithoutChangingTheWorker() throws {
        var world = try TestRuntime.build(registry: WorkerRegistrationTests.settings)
        var info = WorkerRegistrationTests.info
        info.pubkey = DevAccount.dave.id.raw
        try WorkerRegistrationTests.register(&world, info, attestation: WorkerRegistrationTests.attest(info))
        try world.produceBlock([])
        let future = SignedMessage.signing(
            RegistryMessagesTests.message(
                RegistryEvent.benchReport(startTime: 5_000_000, iterations: 1_000),
                from: .worker(info.pubkey),
                on: .registryEvent
            ),
            sequence: 0,
            with: MessageQueueTests.key(.dave)
        )
        let results = try world.produceBlock([MessageQueueTests.extrinsic(future)])
        #expect(results.map { try? $0.get().get() } == [Empty()])
        var state = Overlay(base: world.headState)
        #expect(try Registry.Storage.workers.value(info.pubkey, in: &state).initialScore == nil)
        #expect(try MessageQueueTests.nextSequence(.worker(info.pubkey), in: world) == 1)
    }
}

extension TestRuntime {
    /// Hands `message` to Registry's handler in the open block, then checks the invariants.
    mutating func handle(_ message: Message) throws(DispatchError) {
        defer { try! checkInvariants(&block.state) }
        try runtime.registry.handle(message, in: &block.state)
    }
}
