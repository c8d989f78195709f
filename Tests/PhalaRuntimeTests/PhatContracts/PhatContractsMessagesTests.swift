import MerkleTrie
import Messaging
import PalletMessageQueue
import PalletPhatContracts
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

/// What the chain does with the messages workers, clusters and the gatekeepers send back
/// (pallets/phala/src/phat.rs `on_*_message_received`): each topic from its one accepted origin, others
/// refused with `InvalidSender` and no change.
@Suite struct PhatContractsMessagesTests {
    static let cluster = AddClusterTests.firstCluster
    static let worker = GatekeeperTests.first.pubkey
    static let clusterKey = FixedBytes<32>(repeating: 0xC1)
    static let contractKey = FixedBytes<32>(repeating: 0xC2)

    static func message(_ payload: some ScaleEncodable, from sender: MessageOrigin, on topic: Topic) -> Message {
        Message(sender: sender, destination: topic, payload: payload.scaleEncoded())
    }

    static func contractKeyMessage(_ contract: H256, deployer: H256, from sender: MessageOrigin = .cluster(cluster))
        -> Message
    {
        message(
            ContractRegistryEvent.pubkeyAvailable(contract: contract, pubkey: contractKey, deployer: deployer),
            from: sender,
            on: .contractRegistryEvent
        )
    }

    @Test func theGatekeepersClusterKeyIsStoredUnderTheRegistry() throws {
        var world = try InstantiateContractTests.build()
        let event = ClusterRegistryEvent.pubkeyAvailable(cluster: Self.cluster, pubkey: Self.clusterKey)
        try world.handlePhatContracts(Self.message(event, from: .gatekeeper, on: .clusterRegistryEvent))
        #expect(
            try Registry.Storage.clusterKeys.get(Self.cluster, in: &world.block.state) == Self.clusterKey
        )
        #expect(
            try ContractCallsTests.phatEvents(&world).last
                == .clusterPubkeyAvailable(cluster: Self.cluster, pubkey: Self.clusterKey)
        )
    }

    @Test func aClusterReportsAUsersContractWhoseRecordStays() throws {
        var world = try InstantiateContractTests.build()
        let alice = DevAccount.alice.id
        try world.dispatch(InstantiateContractTests.instantiate(), as: .signed(alice))
        let contract = ContractCallsTests.contract
        try world.handlePhatContracts(Self.contractKeyMessage(contract, deployer: H256(FixedBytes(repeating: 9))))
        #expect(
            try Registry.Storage.contractKeys.get(contract, in: &world.block.state) == Self.contractKey
        )
        #expect(try PhatContracts.Storage.clusterContracts.value(Self.cluster, in: &world.block.state) == [contract])
        #expect(
            try PhatContracts.Storage.contracts.get(contract, in: &world.block.state)
                == BasicContractInfo(deployer: alice, cluster: Self.cluster)
        )
        #expect(
            try ContractCallsTests.phatEvents(&world).suffix(2) == [
                .contractPubkeyAvailable(contract: contract, cluster: Self.cluster, pubkey: Self.contractKey),
                .instantiated(contract: contract, cluster: Self.cluster, deployer: H256(FixedBytes(repeating: 9))),
            ]
        )
    }

    @Test func aContractDeployedByAContractGetsItsRecordFromTheReport() throws {
        var world = try InstantiateContractTests.build()
        let child = H256(FixedBytes(repeating: 0xD1))
        let parent = H256(FixedBytes(repeating: 0xD2))
        try world.handlePhatContracts(Self.contractKeyMessage(ContractCallsTests.contract, deployer: parent))
        try world.handlePhatContracts(Self.contractKeyMessage(child, deployer: parent))
        #expect(
            try PhatContracts.Storage.contracts.get(child, in: &world.block.state)
                == BasicContractInfo(deployer: AccountId32(parent.raw), cluster: Self.cluster)
        )
        #expect(
            try PhatContracts.Storage.clusterContracts.value(Self.cluster, in: &world.block.state) == [
                ContractCallsTests.contract, child,
            ]
        )
    }

    @Test func workersReportDeploymentsAsEventsOnly() throws {
        var world = try InstantiateContractTests.build()
        let deployed = WorkerClusterReport.clusterDeployed(id: Self.cluster, pubkey: Self.clusterKey)
        try world.handlePhatContracts(Self.message(deployed, from: .worker(Self.worker), on: .clusterWorkerReport))
        let failed = WorkerClusterReport.clusterDeploymentFailed(id: Self.cluster)
        try world.handlePhatContracts(Self.message(failed, from: .worker(Self.worker), on: .clusterWorkerReport))
        #expect(
            try ContractCallsTests.phatEvents(&world).suffix(2) == [
                .clusterDeployed(cluster: Self.cluster, pubkey: Self.clusterKey, worker: Self.worker),
                .clusterDeploymentFailed(cluster: Self.cluster, worker: Self.worker),
            ]
        )
        #expect(try Registry.Storage.clusterKeys.get(Self.cluster, in: &world.block.state) == nil)
    }

    @Test func messagesFromTheWrongOriginOrUndecodableChangeNothing() throws {
        var world = try InstantiateContractTests.build()
        let invalidSender = AddClusterTests.error(.invalidSender)
        let clusterKey = ClusterRegistryEvent.pubkeyAvailable(cluster: Self.cluster, pubkey: Self.clusterKey)
        let report = WorkerClusterReport.clusterDeploymentFailed(id: Self.cluster)
        let refused: [Message] = [
            Self.message(clusterKey, from: .worker(Self.worker), on: .clusterRegistryEvent),
            Self.message(clusterKey, from: .cluster(Self.cluster), on: .clusterRegistryEvent),
            Self.contractKeyMessage(ContractCallsTests.contract, deployer: .zero, from: .worker(Self.worker)),
            Self.contractKeyMessage(ContractCallsTests.contract, deployer: .zero, from: .gatekeeper),
            Self.message(report, from: .gatekeeper, on: .clusterWorkerReport),
            Self.message(report, from: .cluster(Self.cluster), on: .clusterWorkerReport),
        ]
        for message in refused {
            try world.expectNoop(invalidSender) { world throws(DispatchError) in try world.handlePhatContracts(message)
            }
        }
        try world.expectNoop(.other("MessageCodecError")) { world throws(DispatchError) in
            try world.handlePhatContracts(
                Message(sender: .gatekeeper, destination: .clusterRegistryEvent, payload: [7])
            )
        }
        // Another pallet's topic is not this handler's business.
        let before = try world.block.state.committed().root
        try world.handlePhatContracts(Self.message(clusterKey, from: .gatekeeper, on: .registryEvent))
        #expect(try world.block.state.committed().root == before)
    }

    @Test func signedMessagesReachTheHandlerThroughTheMessageQueue() throws {
        var world = try MessageQueueTests.world()
        let clusterKey = ClusterRegistryEvent.pubkeyAvailable(cluster: Self.cluster, pubkey: Self.clusterKey)
        let fromGatekeeper = SignedMessage.signing(
            Self.message(clusterKey, from: .gatekeeper, on: .clusterRegistryEvent),
            sequence: 0,
            with: MessageQueueTests.key(.eve)
        )
        let report = WorkerClusterReport.clusterDeployed(id: Self.cluster, pubkey: Self.clusterKey)
        let fromWorker = SignedMessage.signing(
            Self.message(report, from: MessageQueueTests.workerOrigin, on: .clusterWorkerReport),
            sequence: 0,
            with: MessageQueueTests.worker
        )
        for signed in [fromGatekeeper, fromWorker] {
            try world.dispatch(.messageQueue(.syncOffchainMessage(signedMessage: signed)), as: .none)
        }
        #expect(
            try Registry.Storage.clusterKeys.get(Self.cluster, in: &world.block.state) == Self.clusterKey
        )
        #expect(
            try ContractCallsTests.phatEvents(&world) == [
                .clusterPubkeyAvailable(cluster: Self.cluster, pubkey: Self.clusterKey),
                .clusterDeployed(
                    cluster: Self.cluster,
                    pubkey: Self.clusterKey,
                    worker: DevAccount.charlie.id.raw
                ),
            ]
        )
    }
}

extension TestRuntime {
    /// Hands `message` to Phat Contracts' handler in the open block, rolled back on failure as the
    /// message queue does, then checks the invariants.
    mutating func handlePhatContracts(_ message: Message) throws(DispatchError) {
        defer { try! checkInvariants(&block.state) }
        let pallet = runtime.phatContracts
        try block.state.transactional { (state: inout Overlay) throws(DispatchError) in
            try pallet.handle(message, in: &state)
        }
    }
}
