import Attestation
import Messaging
import PalletMessageQueue
import PalletRegistry
import PalletTimestamp
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing

/// `register_worker_v2` through the runtime: software TEE attestation on a chain that enables it.
@Suite struct WorkerRegistrationTests {
    static let platform = try! SoftwareTEE.development()
    static let build = SoftwareTEE.developmentBuildIdentity
    /// The development spec's registry settings: software TEE on, the dev key, the dev build allowed.
    static let settings = try! ChainSpec.development().genesis.registry
    /// The test world's block 1 is at slot 1000 with 1 s slots: 1000 s.
    static let now: UInt64 = 1_000

    static let info = WorkerRegistrationInfo(
        version: 0x0001_0000,
        machineID: [1, 2, 3],
        pubkey: FixedBytes(repeating: 0xAA),
        ecdhPubkey: FixedBytes(repeating: 0xBB),
        genesisBlockHash: .zero,
        features: [4, 1],
        operator: DevAccount.bob.id
    )

    static func attest(
        _ info: WorkerRegistrationInfo = info,
        build: [UInt8] = build,
        at timestamp: UInt64 = now
    ) -> AttestationReport {
        platform.attest(buildIdentity: build, reportData: info.reportData, timestamp: timestamp)
    }

    static func error(_ error: Registry.Error) -> DispatchError {
        .module(ModuleError(index: PalletIndex.registry, error: error.rawValue))
    }

    static func register(
        _ world: inout TestRuntime,
        _ info: WorkerRegistrationInfo = info,
        attestation: AttestationReport? = attest()
    ) throws(DispatchError) {
        try world.dispatch(
            .registry(.registerWorkerV2(pruntimeInfo: info, attestation: attestation)),
            as: .signed(DevAccount.charlie.id)
        )
    }

    @Test func attestedWorkerIsStoredAndAnnounced() throws {
        var world = try TestRuntime.build(registry: Self.settings)
        try Self.register(&world)
        let stored = try Registry.Storage.workers.get(Self.info.pubkey, in: &world.block.state)
        #expect(
            stored
                == WorkerInfo(
                    pubkey: Self.info.pubkey,
                    ecdhPubkey: Self.info.ecdhPubkey,
                    runtimeVersion: 0x0001_0000,
                    lastUpdated: Self.now,
                    operator: DevAccount.bob.id,
                    attestationProvider: .softwareTEE,
                    confidenceLevel: 128,
                    initialScore: nil,
                    features: [4, 1]
                )
        )
        #expect(
            try world.events().map(\.event).last
                == .registry(
                    .workerAdded(pubkey: Self.info.pubkey, attestationProvider: .softwareTEE, confidenceLevel: 128)
                )
        )
    }

    /// A registered worker's benchmark window ends only after enough blocks, so the dev author must keep
    /// building empty blocks until the worker has its initial score, and may stop once it has one.
    @Test func theChainAsksForBlocksWithoutTransactionsWhileARegisteredWorkerAwaitsItsScore() throws {
        var world = try TestRuntime.build(registry: Self.settings)
        try world.produceBlock([])
        #expect(try world.runtime.needsBlocksWithoutTransactions(state: world.headState) == false)
        try Self.register(&world)
        try world.produceBlock([])
        #expect(try world.runtime.needsBlocksWithoutTransactions(state: world.headState))
        try Registry.Storage.workers.mutateExisting(Self.info.pubkey, in: &world.block.state) { $0?.initialScore = 42 }
        try world.produceBlock([])
        #expect(try world.runtime.needsBlocksWithoutTransactions(state: world.headState) == false)
    }

    @Test func registeringAgainUpdatesTheWorkerAndKeepsItsScore() throws {
        var world = try TestRuntime.build(registry: Self.settings)
        try Self.register(&world)
        try Registry.Storage.workers.mutateExisting(Self.info.pubkey, in: &world.block.state) { $0?.initialScore = 42 }
        var next = Self.info
        next.operator = DevAccount.dave.id
        next.features = [8, 2]
        try Self.register(&world, next, attestation: Self.attest(next))
        let stored = try Registry.Storage.workers.value(Self.info.pubkey, in: &world.block.state)
        #expect(stored.operator == DevAccount.dave.id)
        #expect(stored.features == [8, 2])
        #expect(stored.initialScore == 42)
        #expect(
            try world.events().map(\.event).last
                == .registry(
                    .workerUpdated(pubkey: Self.info.pubkey, attestationProvider: .softwareTEE, confidenceLevel: 128)
                )
        )
    }

    /// Both new and repeated registrations tell the enclave `Registered` then `BenchStart` (registry.rs
    /// `register_worker_v2`); only the first records `WorkerAddedAt`.
    @Test func everyRegistrationTellsTheEnclaveToBenchmarkAndTheFirstRecordsItsBlock() throws {
        var world = try TestRuntime.build(registry: Self.settings)
        let expected = [
            GatekeeperTests.published(
                SystemEvent.workerEvent(pubkey: Self.info.pubkey, event: .registered(confidenceLevel: 128)),
                on: .systemEvent
            ),
            // The development spec's benchmark lasts one block.
            GatekeeperTests.published(
                SystemEvent.workerEvent(pubkey: Self.info.pubkey, event: .benchStart(duration: 1)),
                on: .systemEvent
            ),
        ]
        try Self.register(&world)
        #expect(try GatekeeperTests.outbound(&world) == expected)
        #expect(try Registry.Storage.workerAddedAt.get(Self.info.pubkey, in: &world.block.state) == 1)

        try world.produceBlock([])
        try Self.register(&world)
        #expect(try GatekeeperTests.outbound(&world) == expected)
        #expect(try Registry.Storage.workerAddedAt.get(Self.info.pubkey, in: &world.block.state) == 1)
    }

    @Test func withoutAGenesisDurationTheBenchmarkRunsPhalasDefaultEightBlocks() throws {
        var settings = Self.settings
        settings?.benchmarkDuration = nil
        var world = try TestRuntime.build(registry: settings)
        try Self.register(&world)
        #expect(
            try GatekeeperTests.outbound(&world).last
                == GatekeeperTests.published(
                    SystemEvent.workerEvent(pubkey: Self.info.pubkey, event: .benchStart(duration: 8)),
                    on: .systemEvent
                )
        )
    }

    @Test func softwareTEEIsRefusedOnAChainThatDoesNotEnableIt() throws {
        var world = try TestRuntime.build()
        try world.expectNoop(Self.error(.softwareTEEDisabled)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world)
        }
    }

    @Test func buildOffTheAllowListIsRejected() throws {
        var world = try TestRuntime.build(registry: Self.settings)
        try world.expectNoop(Self.error(.pruntimeRejected)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world, attestation: Self.attest(build: Array("unknown build".utf8)))
        }
    }

    @Test func attestationOfOtherKeysDoesNotBindTheSubmittedInfo() throws {
        var world = try TestRuntime.build(registry: Self.settings)
        var other = Self.info
        other.pubkey = FixedBytes(repeating: 0xCC)
        try world.expectNoop(Self.error(.invalidReportData)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world, attestation: Self.attest(other))
        }
    }

    @Test func attestationTwoHoursOldIsOutdated() throws {
        var world = try TestRuntime.build(registry: Self.settings)
        Timestamp.Storage.now.set((Self.now + 7_200) * 1_000, in: &world.block.state)
        try world.expectNoop(Self.error(.outdatedAttestation)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world)
        }
    }

    @Test func attestationFromAnUntrustedPlatformIsInvalid() throws {
        var world = try TestRuntime.build(registry: Self.settings)
        let rogue = SoftwareTEE(platformKey: try Ed25519.KeyPair(seed: [UInt8](repeating: 5, count: 32)))
        let report = rogue.attest(buildIdentity: Self.build, reportData: Self.info.reportData, timestamp: Self.now)
        try world.expectNoop(Self.error(.invalidAttestation)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world, attestation: report)
        }
    }

    @Test func missingAttestationIasReportsAndDcapOnADcapLessChainAreRefusedDistinctly() throws {
        var world = try TestRuntime.build(registry: Self.settings)
        try world.expectNoop(Self.error(.noneAttestationDisabled)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world, attestation: nil)
        }
        try world.expectNoop(Self.error(.unsupportedAttestationType)) {
            (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world, attestation: .sgxIas(raReport: [1], signature: [], rawSigningCert: []))
        }
        try world.expectNoop(Self.error(.dcapDisabled)) { (world: inout TestRuntime) throws(DispatchError) in
            try Self.register(&world, attestation: .sgxDcap(quote: [1], collateral: nil))
        }
    }

    @Test func registrationMustBeSigned() throws {
        var world = try TestRuntime.build(registry: Self.settings)
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(
                .registry(.registerWorkerV2(pruntimeInfo: Self.info, attestation: Self.attest())),
                as: .none
            )
        }
    }

    @Test func signedRegistrationExtrinsicIsIncludedInABlock() throws {
        var world = try TestRuntime.build(registry: Self.settings)
        let call = RuntimeCall.registry(.registerWorkerV2(pruntimeInfo: Self.info, attestation: Self.attest()))
        let results = try world.produceBlock([world.sign(call, by: .bob, nonce: 0)])
        guard case .success(.success) = results.first else {
            Issue.record("the registration failed: \(results)")
            return
        }
        var state = Overlay(base: world.headState)
        #expect(try Registry.Storage.workers.contains(Self.info.pubkey, in: &state))
    }
}
