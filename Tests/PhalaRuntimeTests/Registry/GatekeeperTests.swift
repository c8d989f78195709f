import Messaging
import PalletMessageQueue
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

/// Gatekeeper appointment, removal and master key rotation, and what enclaves are told about them
/// (phala-facts.md §2.1, §2.4; pallets/phala/src/registry.rs `register_gatekeeper`,
/// `unregister_gatekeeper`, `rotate_master_key`).
@Suite struct GatekeeperTests {
    static let error = WorkerRegistrationTests.error
    static let first = WorkerRegistrationTests.info
    static var second: WorkerRegistrationInfo {
        var info = WorkerRegistrationTests.info
        info.pubkey = FixedBytes(repeating: 0xDD)
        info.ecdhPubkey = FixedBytes(repeating: 0xDE)
        return info
    }
    static let masterKey = FixedBytes<32>(repeating: 0xEE)

    static func identity(_ info: WorkerRegistrationInfo) -> GatekeeperIdentity {
        GatekeeperIdentity(pubkey: info.pubkey, ecdhPubkey: info.ecdhPubkey)
    }

    /// A message the registry published, as it appears in `PhalaMq.OutboundMessages`.
    static func published(_ payload: some ScaleEncodable, on topic: Topic) -> Message {
        Message(sender: .pallet("PhalaRegistry"), destination: topic, payload: payload.scaleEncoded())
    }

    /// The open block's outbound messages.
    static func outbound(_ world: inout TestRuntime) throws -> [Message] {
        try MessageQueue.Storage.outboundMessages.value(in: &world.block.state)
    }

    /// Both workers registered.
    static func worldWithWorkers() throws -> TestRuntime {
        var world = try TestRuntime.build(registry: WorkerRegistrationTests.settings)
        for info in [first, second] {
            try WorkerRegistrationTests.register(&world, info, attestation: WorkerRegistrationTests.attest(info))
        }
        return world
    }

    /// Both workers gatekeepers, with the master key on chain.
    static func worldWithGatekeepers() throws -> TestRuntime {
        var world = try worldWithWorkers()
        try world.dispatch(.registry(.registerGatekeeper(gatekeeper: first.pubkey)), as: .root)
        Registry.Storage.gatekeeperMasterPubkey.set(masterKey, in: &world.block.state)
        try world.dispatch(.registry(.registerGatekeeper(gatekeeper: second.pubkey)), as: .root)
        return world
    }

    @Test func theFirstGatekeeperIsLaunchedAndLaterOnesAreAnnouncedAsChanges() throws {
        var world = try Self.worldWithWorkers()
        try world.dispatch(.registry(.registerGatekeeper(gatekeeper: Self.first.pubkey)), as: .root)
        #expect(
            try Self.outbound(&world).last
                == Self.published(GatekeeperLaunch.firstGatekeeper(Self.identity(Self.first)), on: .gatekeeperLaunch)
        )
        Registry.Storage.gatekeeperMasterPubkey.set(Self.masterKey, in: &world.block.state)
        try world.dispatch(.registry(.registerGatekeeper(gatekeeper: Self.second.pubkey)), as: .root)
        #expect(
            try Self.outbound(&world).last
                == Self.published(GatekeeperChange.registered(Self.identity(Self.second)), on: .gatekeeperChange)
        )
        #expect(try world.events().map(\.event).last == .registry(.gatekeeperAdded(pubkey: Self.second.pubkey)))
    }

    @Test func rootRemovesAGatekeeperButNeverTheLast() throws {
        var world = try Self.worldWithGatekeepers()
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(
                .registry(.unregisterGatekeeper(gatekeeper: Self.first.pubkey)),
                as: .signed(DevAccount.alice.id)
            )
        }
        try world.expectNoop(Self.error(.invalidGatekeeper)) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.registry(.unregisterGatekeeper(gatekeeper: FixedBytes(repeating: 1))), as: .root)
        }
        try world.dispatch(.registry(.unregisterGatekeeper(gatekeeper: Self.first.pubkey)), as: .root)
        #expect(try Registry.Storage.gatekeeper.value(in: &world.block.state) == [Self.second.pubkey])
        #expect(try world.events().map(\.event).last == .registry(.gatekeeperRemoved(pubkey: Self.first.pubkey)))
        #expect(
            try Self.outbound(&world).last
                == Self.published(GatekeeperChange.unregistered(pubkey: Self.first.pubkey), on: .gatekeeperChange)
        )
        try world.expectNoop(Self.error(.cannotRemoveLastGatekeeper)) {
            (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.registry(.unregisterGatekeeper(gatekeeper: Self.second.pubkey)), as: .root)
        }
    }

    @Test func rotationSendsEveryGatekeepersIdentityAndLocksGatekeeperChanges() throws {
        var world = try Self.worldWithGatekeepers()
        try world.expectNoop(.badOrigin) { (world: inout TestRuntime) throws(DispatchError) in
            try world.dispatch(.registry(.rotateMasterKey), as: .signed(DevAccount.alice.id))
        }
        try world.dispatch(.registry(.rotateMasterKey), as: .root)
        #expect(try Registry.Storage.rotationCounter.value(in: &world.block.state) == 1)
        #expect(try Registry.Storage.masterKeyRotationLock.value(in: &world.block.state) == 1)
        #expect(
            try Self.outbound(&world).last
                == Self.published(
                    GatekeeperLaunch.rotateMasterKey(
                        rotationID: 1,
                        gatekeepers: [Self.identity(Self.first), Self.identity(Self.second)]
                    ),
                    on: .gatekeeperLaunch
                )
        )
        #expect(try world.events().map(\.event).last == .registry(.masterKeyRotationStarted(rotationID: 1)))

        let locked: [RuntimeCall] = [
            .registry(.rotateMasterKey), .registry(.unregisterGatekeeper(gatekeeper: Self.first.pubkey)),
            .registry(.registerGatekeeper(gatekeeper: Self.first.pubkey)),
        ]
        for call in locked {
            try world.expectNoop(Self.error(.masterKeyInRotation)) { (world: inout TestRuntime) throws(DispatchError) in
                try world.dispatch(call, as: .root)
            }
        }
    }

    @Test func theNextRotationAfterAFinishedOneGetsTheNextID() throws {
        var world = try Self.worldWithGatekeepers()
        try world.dispatch(.registry(.rotateMasterKey), as: .root)
        try world.runtime.registry.handle(
            Message(
                sender: .gatekeeper,
                destination: .gatekeeperRegistryEvent,
                payload: GatekeeperRegistryEvent.rotatedMasterPubkey(
                    rotationID: 1,
                    masterPubkey: FixedBytes(repeating: 2)
                )
                .scaleEncoded()
            ),
            in: &world.block.state
        )
        try world.dispatch(.registry(.rotateMasterKey), as: .root)
        #expect(try Registry.Storage.rotationCounter.value(in: &world.block.state) == 2)
        #expect(try Registry.Storage.masterKeyRotationLock.value(in: &world.block.state) == 2)
    }
}
