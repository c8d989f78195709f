import Messaging
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing

/// The runtime wires the registry into the message queue: a worker registered by `register_worker_v2` may
/// send messages; before its registration it may not.
@Suite struct RegisteredSignerTests {
    @Test func aWorkerRegisteredByTheRegistryMaySendMessages() throws {
        var world = try TestRuntime.build(registry: WorkerRegistrationTests.settings)
        let dave = MessageQueueTests.key(.dave)
        let message = MessageQueueTests.signed(0, from: .worker(DevAccount.dave.id.raw), by: dave)
        #expect(try MessageQueueTests.validate(message, in: world) == .failure(.invalid(.badSigner)))

        let info = WorkerRegistrationInfo(
            version: WorkerRegistrationTests.info.version,
            machineID: WorkerRegistrationTests.info.machineID,
            pubkey: DevAccount.dave.id.raw,
            ecdhPubkey: WorkerRegistrationTests.info.ecdhPubkey,
            genesisBlockHash: .zero,
            features: WorkerRegistrationTests.info.features,
            operator: DevAccount.bob.id
        )
        try WorkerRegistrationTests.register(&world, info, attestation: WorkerRegistrationTests.attest(info))
        try world.produceBlock([])

        let verdict = try MessageQueueTests.validate(message, in: world)
        #expect((try? verdict.get()) != nil, "\(verdict)")
    }
}
