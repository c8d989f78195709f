import Attestation
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing

/// Root-only registry calls: the pRuntime allow-list and gatekeeper appointment.
@Suite struct GovernanceTests {
    static let error = WorkerRegistrationTests.error

    /// A world with one registered worker (`WorkerRegistrationTests.info`).
    static func worldWithWorker() throws -> TestRuntime {
        var world = try TestRuntime.build(registry: WorkerRegistrationTests.settings)
        try WorkerRegistrationTests.register(&world)
        return world
    }

    @Test func rootAddsAndRemovesMeasurements() throws {
        var world = try TestRuntime.build()
        let measurement = SoftwareTEE.measurement(of: [7])
        try world.dispatch(.registry(.addPRuntime(pruntimeHash: measurement)), as: .root)
        #expect(try Registry.Storage.pruntimeAllowList.value(in: &world.block.state) == [measurement])
        try world.expectNoop(Self.error(.pruntimeAlreadyExists)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.registry(.addPRuntime(pruntimeHash: measurement)), as: .root)
        }
        try world.dispatch(.registry(.removePRuntime(pruntimeHash: measurement)), as: .root)
        #expect(try Registry.Storage.pruntimeAllowList.value(in: &world.block.state) == [])
        try world.expectNoop(Self.error(.pruntimeNotFound)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.registry(.removePRuntime(pruntimeHash: measurement)), as: .root)
        }
    }

    @Test func rootSwitchesTheSoftwareTEEAndNobodyElseCan() throws {
        var world = try TestRuntime.build(registry: WorkerRegistrationTests.settings)
        #expect(try Registry.Storage.softwareTEEEnabled.value(in: &world.block.state))
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.registry(.setSoftwareTEEEnabled(enabled: false)), as: .signed(DevAccount.alice.id))
        }
        try world.dispatch(.registry(.setSoftwareTEEEnabled(enabled: false)), as: .root)
        try world.expectNoop(Self.error(.softwareTEEDisabled)) { (world: inout TestRuntime) throws(DispatchError) in
            try WorkerRegistrationTests.register(&world)
        }
        try world.dispatch(.registry(.setSoftwareTEEEnabled(enabled: true)), as: .root)
        try WorkerRegistrationTests.register(&world)
    }

    @Test func signedAccountsCannotChangeTheAllowList() throws {
        var world = try TestRuntime.build()
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.registry(.addPRuntime(pruntimeHash: [1])), as: .signed(DevAccount.alice.id))
        }
    }

    @Test func rootAppointsARegisteredWorkerAsGatekeeper() throws {
        var world = try Self.worldWithWorker()
        let pubkey = WorkerRegistrationTests.info.pubkey
        try world.dispatch(.registry(.registerGatekeeper(gatekeeper: pubkey)), as: .root)
        #expect(try Registry.Storage.gatekeeper.value(in: &world.block.state) == [pubkey])
        #expect(try world.events().map(\.event).last == .registry(.gatekeeperAdded(pubkey: pubkey)))
        try world.expectNoop(Self.error(.gatekeeperAlreadyRegistered)) {
            (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.registry(.registerGatekeeper(gatekeeper: pubkey)), as: .root)
        }
    }

    @Test func onlyRootAppointsGatekeepers() throws {
        var world = try Self.worldWithWorker()
        let call = RuntimeCall.registry(.registerGatekeeper(gatekeeper: WorkerRegistrationTests.info.pubkey))
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(call, as: .signed(DevAccount.alice.id))
        }
    }

    @Test func unregisteredWorkerCannotBecomeGatekeeper() throws {
        var world = try TestRuntime.build()
        try world.expectNoop(Self.error(.workerNotFound)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.registry(.registerGatekeeper(gatekeeper: FixedBytes(repeating: 1))), as: .root)
        }
    }

    @Test func secondGatekeeperWaitsForTheMasterKey() throws {
        var world = try Self.worldWithWorker()
        try world.dispatch(.registry(.registerGatekeeper(gatekeeper: WorkerRegistrationTests.info.pubkey)), as: .root)
        var second = WorkerRegistrationTests.info
        second.pubkey = FixedBytes(repeating: 0xDD)
        try WorkerRegistrationTests.register(&world, second, attestation: WorkerRegistrationTests.attest(second))
        try world.expectNoop(Self.error(.masterKeyUninitialized)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.registry(.registerGatekeeper(gatekeeper: second.pubkey)), as: .root)
        }
        Registry.Storage.gatekeeperMasterPubkey.set(FixedBytes(repeating: 0xEE), in: &world.block.state)
        try world.dispatch(.registry(.registerGatekeeper(gatekeeper: second.pubkey)), as: .root)
        #expect(try Registry.Storage.gatekeeper.value(in: &world.block.state).count == 2)
    }
}
