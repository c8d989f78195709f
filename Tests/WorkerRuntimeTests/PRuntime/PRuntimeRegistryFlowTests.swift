import EnclaveAPI
import Messaging
import PalletRegistry
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing
import WorkerRuntime

/// Registration, benchmark and gatekeepers end to end: real enclaves on a real dev chain, with nothing
/// between them but the host's relaying.
@Suite struct PRuntimeRegistryFlowTests {
    @Test func aRegisteredWorkerBenchmarksAndTheChainSetsItsInitialScore() async throws {
        var network = try DevNetwork(workers: 1)
        defer { network.cleanUp() }
        try await network.start()
        let worker = try #require(try await network.enclaves[0].client.status().publicKey)
        try await network.step([try await network.registration(of: 0)])
        #expect(try await network.enclaves[0].client.status().registered)
        try await Task.sleep(for: .milliseconds(500))
        try await network.idle(3)

        let report = try #require(network.relayed.values.joined().first { $0.message.destination == .registryEvent })
        guard case .benchReport(_, let iterations) = try RegistryEvent(scaleDecoding: report.message.payload) else {
            Issue.record("the worker's first registry message is not a benchmark report")
            return
        }
        let info = try #require(try network.read(Registry.Storage.workers.storageKey(for: worker), as: WorkerInfo.self))
        let score = try #require(info.initialScore)
        #expect(iterations > 0)
        #expect(score <= 6_000 && score % 6 == 0)
        #expect(try await network.enclaves[0].client.status().initialScore == score)
    }

    @Test func twoGatekeepersShareTheMasterKeyAndBothFollowARotation() async throws {
        var network = try DevNetwork(workers: 3)
        defer { network.cleanUp() }
        try await network.start()
        var keys: [FixedBytes<32>] = []
        for index in 0..<3 {
            keys.append(try #require(try await network.enclaves[index].client.status().publicKey))
        }
        try await network.step(try await [network.registration(of: 0), network.registration(of: 1), network.registration(of: 2)])
        try await network.step([DevNetwork.sudo(.registry(.registerGatekeeper(gatekeeper: keys[0])))])
        try await network.idle(3)
        let master = try #require(try network.read(Registry.Storage.gatekeeperMasterPubkey.key, as: FixedBytes<32>.self))
        #expect(try await network.enclaves[0].client.status().masterPublicKey == master)

        try await network.step([DevNetwork.sudo(.registry(.registerGatekeeper(gatekeeper: keys[1])))])
        try await network.idle(3)
        let first = try await network.enclaves[0].client.status()
        let second = try await network.enclaves[1].client.status()
        let worker = try await network.enclaves[2].client.status()
        #expect(first.gatekeeperRole == .active && second.gatekeeperRole == .active)
        #expect(second.masterPublicKey == master && first.masterPublicKey == master)
        #expect(worker.gatekeeperRole == .none && worker.masterPublicKey == nil && worker.chainMasterPublicKey == master)

        let handover = try #require(network.relayed.values.joined().first { $0.message.destination == .gatekeeperKey })
        guard case .masterKeyHistory(let history) = try KeyDistribution(scaleDecoding: handover.message.payload) else {
            Issue.record("the first key distribution is not a handover")
            return
        }
        var random = SystemRandomSource()
        #expect(throws: GatekeeperKeyError.self) {
            try GatekeeperKeys(receiving: history, as: WorkerIdentity(random: &random))
        }

        try await network.step([DevNetwork.sudo(.registry(.rotateMasterKey))])
        try await network.idle(4)
        let rotated = try #require(try network.read(Registry.Storage.gatekeeperMasterPubkey.key, as: FixedBytes<32>.self))
        #expect(rotated != master)
        for index in 0..<2 {
            let status = try await network.enclaves[index].client.status()
            #expect(status.masterPublicKey == rotated && status.masterKeyCount == 2)
        }
        #expect(try await network.enclaves[2].client.status().chainMasterPublicKey == rotated)
    }

    @Test func aRegisteredWorkerResumesFromItsCheckpointWithItsRegistrationAndScore() async throws {
        var network = try DevNetwork(workers: 1, checkpointInterval: 2)
        defer { network.cleanUp() }
        try await network.start()
        try await network.step([try await network.registration(of: 0)])
        try await Task.sleep(for: .milliseconds(100))
        try await network.idle(4)
        let before = try await network.enclaves[0].client.status()
        try network.enclaves[0].restart(checkpointInterval: 2)
        let resumed = try await network.enclaves[0].initialize()
        #expect(resumed.resumedFromCheckpoint && resumed.publicKey == before.publicKey)
        try await network.idle(1)
        let after = try await network.enclaves[0].client.status()
        #expect(after.registered && after.initialScore == before.initialScore && after.initialScore != nil)
    }

    @Test func offChainMessagesAreCheckedForSequenceReplayAndSigner() async throws {
        var network = try DevNetwork(workers: 1)
        defer { network.cleanUp() }
        try await network.start()
        try await network.step([try await network.registration(of: 0)])
        try await network.idle(2)
        var feeder = network.enclaves[0]
        try network.chain.extend(with: [])
        feeder.chain = network.chain
        let number = network.chain.height
        _ = try await feeder.client.syncHeaders(feeder.batch(number...number))
        let report = try #require(network.relayed.values.joined().first)
        var random = SystemRandomSource()
        let stranger = WorkerIdentity(random: &random)
        let strangerKey = try Sr25519.KeyPair(secretKeyBytes: stranger.secretKeyBytes.exposedValue)
        let forgedOrigin = Message(
            sender: .worker(try FixedBytes<32>(strangerKey.publicKey.bytes)),
            destination: .registryEvent,
            payload: report.message.payload
        )
        let cases: [(SignedMessage, MessageRejection)] = [
            (report, .replayed),
            (SignedMessage.signing(report.message, sequence: report.sequence + 5, with: strangerKey), .outOfSequence),
            (SignedMessage.signing(forgedOrigin, sequence: 0, with: strangerKey), .unknownSigner),
            (SignedMessage.signing(report.message, sequence: report.sequence + 1, with: strangerKey), .badSignature),
        ]
        for (message, rejection) in cases {
            var block = try feeder.changes(of: number)
            block.offchainMessages = [message]
            let before = try await feeder.client.status()
            do {
                _ = try await feeder.client.dispatchBlocks([block])
                Issue.record("a forged message was accepted; expected \(rejection)")
            } catch .messageRejected(let kind, let detail) {
                #expect(kind == rejection, "\(detail)")
            } catch {
                Issue.record("expected \(rejection), got \(error)")
            }
            #expect(try await feeder.client.status() == before)
        }
        _ = try await feeder.client.dispatchBlocks([try feeder.changes(of: number)])
    }
}
