import ArgumentParser
import Attestation
import Foundation
import JSONRPC
import Messaging
import PalletMessageQueue
import PalletPhatContracts
import PalletRegistry
import PalletSudo
import PhalaClient
import PhalaCrypto
import PhalaNode
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing

@testable import PhalaCLI

/// `phala contract upload`, `instantiate`, `tx` and `info` against an in-process development node with no
/// workers: the test registers a software-TEE worker, creates cluster 1 through sudo, announces the
/// cluster key as the gatekeepers would (Eve's key is the genesis master key) and the contract key as the
/// cluster would, then checks the chain side only: storage, events and the outbound command message.
@Suite(.timeLimit(.minutes(4))) struct ContractFlowTests {
    static let alice = try! KeyPair(uri: "//Alice", scheme: .sr25519)
    static let cluster = H256(try! FixedBytes<32>(hex: "0x" + String(repeating: "0", count: 63) + "1"))
    static let worker = try! FixedBytes<32>(KeyPair(uri: "//Charlie", scheme: .sr25519).publicKey)

    static func sr25519(_ uri: String) throws -> Sr25519.KeyPair {
        guard case .sr25519(let pair) = try KeyPair(uri: uri, scheme: .sr25519) else {
            preconditionFailure("\(uri) is not sr25519")
        }
        return pair
    }

    /// Runs a development node whose genesis makes Eve's key the gatekeepers' master key.
    func withDevNode(_ body: (_ url: String) async throws -> Void) async throws {
        let dev = try #require(try PhalaCommand.parseAsRoot(["dev", "--tmp", "--rpc-port", "0"]) as? DevCommand)
        var configuration = try dev.nodeConfiguration()
        configuration.chainSpec.genesis.gatekeeperMasterKey = try AccountId32(
            bytes: Self.sr25519("//Eve").publicKey.bytes
        ).ss58
        let (ports, announce) = AsyncStream<Int>.makeStream()
        configuration.onRPCListening = { _, port in announce.yield(port) }
        configuration.logger = quietLogger
        let node = Node(configuration: configuration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await node.run() }
            var listening = ports.makeAsyncIterator()
            guard let port = await listening.next() else { return }
            defer { group.cancelAll() }
            try await body("ws://127.0.0.1:\(port)")
        }
    }

    func command<Command: ParsableCommand>(_ arguments: [String], as type: Command.Type) throws -> Command {
        try #require(try PhalaCommand.parseAsRoot(arguments) as? Command)
    }

    /// A worker registered with a software-TEE attestation, pink system code, and cluster 1 run by it.
    func createCluster(through client: Client) async throws {
        let info = WorkerRegistrationInfo(
            version: 0x0001_0000,
            machineID: [1],
            pubkey: Self.worker,
            ecdhPubkey: Self.worker,
            genesisBlockHash: .zero,
            features: [4, 1],
            operator: nil
        )
        let now = UInt64(Date().timeIntervalSince1970)
        let attestation = try SoftwareTEE.development().attest(
            buildIdentity: SoftwareTEE.developmentBuildIdentity,
            reportData: info.reportData,
            timestamp: now
        )
        let alice = try AccountId32(bytes: Self.alice.publicKey)
        let calls: [RuntimeCall] = [
            .registry(.registerWorkerV2(pruntimeInfo: info, attestation: attestation)),
            .sudo(.sudo(call: .phatContracts(.setPinkSystemCode(code: [1, 2, 3])))),
            .sudo(
                .sudo(
                    call: .phatContracts(
                        .addCluster(
                            owner: alice,
                            permission: .public,
                            deployWorkers: [Self.worker],
                            deposit: .pha(1),
                            gasPrice: .zero,
                            depositPerItem: .zero,
                            depositPerByte: .zero,
                            treasuryAccount: alice
                        )
                    )
                )
            ),
        ]
        for call in calls {
            try await CallSubmission.signAndSubmit(
                call.scaleEncoded(),
                signedBy: Self.alice,
                waitingFor: .inBlock,
                through: client
            ) { _ in }
        }
        let storage = try await ChainStorage(client: client)
        #expect(try await storage.value(PhatContracts.Storage.clusters, Self.cluster)?.owner == alice)
    }

    /// Submits `message` through `PhalaMq.sync_offchain_message` and waits for its block.
    func sync(_ message: Message, signedBy uri: String, through client: Client) async throws {
        let signed = SignedMessage.signing(message, sequence: 0, with: try Self.sr25519(uri))
        let call = RuntimeCall.messageQueue(.syncOffchainMessage(signedMessage: signed)).scaleEncoded()
        let extrinsic = UncheckedExtrinsic(signature: nil, call: call).scaleEncoded()
        try await CallSubmission.submit(extrinsic, waitingFor: .inBlock, through: client) { _ in }
    }

    @Test func uploadInstantiateAnnounceAndSendAFlipThroughACluster() async throws {
        let built = try ContractBuilder.build("flipper")
        let bundle = try ContractBundle(parsing: built.bundle)
        try await withDevNode { url in
            let connection = ["--url", url]
            let client = ["--suri", "//Alice"] + connection
            try await ConnectionOptions.parse(connection).withClient { client in
                try await createCluster(through: client)
            }
            let target = ["--bundle", built.bundleURL.path, "--cluster", Self.cluster.description]

            let upload = try await command(["contract", "upload"] + target + client, as: ContractUploadCommand.self)
                .perform { _ in }
            #expect(upload.block != nil)
            #expect(upload.json["codeHash"] == .string(Hex.encode(built.codeHash)))

            let instantiate = try command(
                ["contract", "instantiate"] + target + ["--args", "true", "--deposit", "1PHA", "--output", "json"]
                    + client,
                as: ContractInstantiateCommand.self
            )
            let instantiated = try await instantiate.perform { _ in }
            let alice = try AccountId32(bytes: Self.alice.publicKey)
            let contract = bundle.contractId(deployer: alice, cluster: Self.cluster, salt: [])
            #expect(instantiated.json["contract"] == .string(contract.description))
            let block = try #require(instantiated.block)
            let before = try await ConnectionOptions.parse(connection).withClient { client in
                let records = try [EventRecord<RuntimeEvent>](scaleDecoding: try await client.events(at: block))
                #expect(
                    records.contains {
                        $0.event
                            == .phatContracts(
                                .instantiating(contract: contract, cluster: Self.cluster, deployer: alice)
                            )
                    }
                )
                return try await ContractInfoCommand.read(contract, from: try await ChainStorage(client: client))
            }
            #expect(before == .init(contract: contract, deployer: alice, cluster: Self.cluster, publicKey: nil))

            // The cluster announces the contract's key, signed by the cluster key the gatekeepers announced;
            // a report signed by any other key is refused by the node's pool.
            let contractKey = try Self.sr25519("//Ferdie").publicKey.bytes
            let clusterKey = try Self.sr25519("//Dave").publicKey.bytes
            let report = Message(
                sender: .cluster(Self.cluster),
                destination: .contractRegistryEvent,
                payload: ContractRegistryEvent.pubkeyAvailable(
                    contract: contract,
                    pubkey: try FixedBytes(contractKey),
                    deployer: H256(alice.raw)
                ).scaleEncoded()
            )
            try await ConnectionOptions.parse(connection).withClient { client in
                let clusterKeyEvent = ClusterRegistryEvent.pubkeyAvailable(
                    cluster: Self.cluster,
                    pubkey: try FixedBytes(clusterKey)
                )
                try await sync(
                    Message(
                        sender: .gatekeeper,
                        destination: .clusterRegistryEvent,
                        payload: clusterKeyEvent.scaleEncoded()
                    ),
                    signedBy: "//Eve",
                    through: client
                )
                await #expect(throws: CommandError.self) {
                    try await sync(report, signedBy: "//Ferdie", through: client)
                }
                try await sync(report, signedBy: "//Dave", through: client)
            }
            let after = try await ConnectionOptions.parse(connection).withClient { client in
                try await ContractInfoCommand.read(contract, from: try await ChainStorage(client: client))
            }
            #expect(after.publicKey == (try FixedBytes(contractKey)))
            #expect(after.json["pubkey"] == .string(Hex.encode(contractKey)))
            #expect(after.json["deployer"] == .string(alice.ss58))
            let info = try command(
                ["contract", "info", "--contract", contract.description, "--output", "json"] + connection,
                as: ContractInfoCommand.self
            )
            try await info.run()

            let tx = try await command(
                [
                    "contract", "tx", "--bundle", built.bundleURL.path, "--contract", contract.description, "--message",
                    "flip",
                ]
                    + client,
                as: ContractTxCommand.self
            ).perform { _ in }
            let txBlock = try #require(tx.block)
            let outbound = try await ConnectionOptions.parse(connection).withClient { client in
                try await client.storage(MessageQueue.Storage.outboundMessages.key, at: txBlock)
            }
            let messages = try [Message](scaleDecoding: try #require(outbound))
            let command = try #require(messages.first { $0.destination == Topic.contractCommand(contract) })
            #expect(command.sender == .accountId(H256(alice.raw)))
            #expect(try ContractCommand(scaleDecoding: command.payload).message == [0x63, 0x3a, 0xa5, 0x51])
        }
    }

    @Test func unknownMessagesAndBadArgumentsFailBeforeAnythingIsSent() async throws {
        let built = try ContractBuilder.build("flipper")
        let base = ["--bundle", built.bundleURL.path, "--suri", "//Alice", "--url", "ws://127.0.0.1:1"]
        let unknown = await #expect(throws: CommandError.self) {
            try await command(
                ["contract", "tx", "--contract", Self.cluster.description, "--message", "flop"] + base,
                as: ContractTxCommand.self
            )
            .perform { _ in }
        }
        #expect(unknown?.description.hasPrefix("flipper has no message `flop`") == true)
        let badArgument = await #expect(throws: CommandError.self) {
            try await command(
                ["contract", "instantiate", "--cluster", Self.cluster.description, "--args", "maybe"] + base,
                as: ContractInstantiateCommand.self
            ).perform { _ in }
        }
        #expect(badArgument?.description == "argument `init_value` (bool): expected true or false, got \"maybe\"")
        let info = await #expect(throws: CommandError.self) {
            try await command(
                ["contract", "info", "--contract", "0x12", "--url", "ws://127.0.0.1:1"],
                as: ContractInfoCommand.self
            ).run()
        }
        #expect(info?.description.hasPrefix("--contract 0x12 is not an id") == true)
    }
}
