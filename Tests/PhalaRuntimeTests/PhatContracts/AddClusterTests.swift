import MerkleTrie
import Messaging
import PalletMessageQueue
import PalletPhatContracts
import PalletRegistry
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

/// `add_cluster`, `set_pink_system_code` and `set_pink_runtime_version` through the runtime, on the computation tests' world (two
/// registered workers; Alice and Bob hold 100 PHA).
@Suite struct AddClusterTests {
    static let code: [UInt8] = Array("pink system".utf8)
    static let owner = DevAccount.alice.id
    static let treasury = AccountId32(FixedBytes(repeating: 0x77))
    static let firstCluster = H256(FixedBytes(known: [UInt8](repeating: 0, count: 31) + [1]))

    static func error(_ error: PhatContracts.Error) -> DispatchError {
        .module(ModuleError(index: PalletIndex.phatContracts, error: error.rawValue))
    }

    static func addCluster(_ workers: [FixedBytes<32>], deposit: Balance = .pha(10)) -> RuntimeCall {
        .phatContracts(
            .addCluster(
                owner: owner,
                permission: .onlyOwner(owner),
                deployWorkers: workers,
                deposit: deposit,
                gasPrice: Balance(planck: 1),
                depositPerItem: Balance(planck: 2),
                depositPerByte: Balance(planck: 3),
                treasuryAccount: treasury
            )
        )
    }

    /// The world with the pink-system code set.
    static func build() throws -> TestRuntime {
        var world = try ComputationWorld.build()
        try world.dispatch(.phatContracts(.setPinkSystemCode(code: code)), as: .root)
        return world
    }

    @Test func theSystemCodeIsStoredWithItsHashAndANewVersion() throws {
        var world = try Self.build()
        #expect(
            try PhatContracts.Storage.pinkSystemCode.value(in: &world.block.state)
                == PinkSystemCode(version: 1, code: Self.code)
        )
        #expect(
            try PhatContracts.Storage.pinkSystemCodeHash.get(in: &world.block.state)
                == H256(FixedBytes(known: Hashing.blake2_256(Self.code)))
        )
    }

    @Test func addClusterRecordsTheClusterMovesTheDepositAndAsksTheGatekeepersToDeployIt() throws {
        var world = try Self.build()
        let aliceBefore = try world.free(.alice)
        try world.dispatch(Self.addCluster([GatekeeperTests.first.pubkey]), as: .root)

        let state = world.block.state
        var overlay = state
        let systemContract = PhatContracts.contractId(
            deployer: Self.owner,
            codeHash: Hashing.blake2_256(Self.code),
            cluster: Self.firstCluster,
            salt: []
        )
        #expect(try PhatContracts.Storage.clusterCounter.value(in: &overlay) == 1)
        #expect(
            try PhatContracts.Storage.clusters.get(Self.firstCluster, in: &overlay)
                == ClusterInfo(
                    owner: Self.owner,
                    permission: .onlyOwner(Self.owner),
                    systemContract: systemContract,
                    gasPrice: 1,
                    depositPerItem: 2,
                    depositPerByte: 3
                )
        )
        #expect(
            try PhatContracts.Storage.clusterWorkers.value(Self.firstCluster, in: &overlay) == [
                GatekeeperTests.first.pubkey
            ]
        )
        #expect(
            try PhatContracts.Storage.clusterByWorkers.get(GatekeeperTests.first.pubkey, in: &overlay)
                == Self.firstCluster
        )
        #expect(
            try world.events().map(\.event).contains(
                .phatContracts(.clusterCreated(cluster: Self.firstCluster, systemContract: systemContract))
            )
        )
        #expect(try world.free(.alice).planck == aliceBefore.planck - Balance.pha(10).planck)

        let deploy = ClusterEvent.deployCluster(
            .init(
                owner: Self.owner,
                cluster: Self.firstCluster,
                workers: [
                    WorkerIdentity(pubkey: GatekeeperTests.first.pubkey, ecdhPubkey: GatekeeperTests.first.ecdhPubkey)
                ],
                deposit: Balance.pha(10).planck,
                gasPrice: 1,
                depositPerItem: 2,
                depositPerByte: 3,
                treasuryAccount: Self.treasury
            )
        )
        let published = try MessageQueue.Storage.outboundMessages.value(in: &overlay)
            .filter { $0.sender == .pallet(PhatContracts.name) }
        #expect(
            published == [
                Message(sender: .pallet(PhatContracts.name), destination: .clusterEvent, payload: deploy.scaleEncoded())
            ]
        )
        #expect(try ClusterEvent(scaleDecoding: published[0].payload) == deploy)
    }

    @Test func theSecondClusterGetsTheNextId() throws {
        var world = try Self.build()
        try world.dispatch(Self.addCluster([GatekeeperTests.first.pubkey]), as: .root)
        try world.dispatch(Self.addCluster([GatekeeperTests.second.pubkey], deposit: .zero), as: .root)
        let second = H256(FixedBytes(known: [UInt8](repeating: 0, count: 31) + [2]))
        #expect(try PhatContracts.Storage.clusterCounter.value(in: &world.block.state) == 2)
        #expect(
            try PhatContracts.Storage.clusterByWorkers.get(GatekeeperTests.second.pubkey, in: &world.block.state)
                == second
        )
    }

    @Test func badClusterRequestsFailWithoutChangingTheState() throws {
        var world = try Self.build()
        let first = GatekeeperTests.first.pubkey
        try world.expectNoop(.badOrigin) { world throws(DispatchError) in
            try world.dispatch(Self.addCluster([first]), as: .signed(Self.owner))
        }
        try world.expectNoop(Self.error(.noWorkerSpecified)) { world throws(DispatchError) in
            try world.dispatch(Self.addCluster([]), as: .root)
        }
        try world.expectNoop(Self.error(.workerNotFound)) { world throws(DispatchError) in
            try world.dispatch(Self.addCluster([ComputationWorld.unknownWorker]), as: .root)
        }
        try world.expectNoop(Self.error(.duplicatedDeployment)) { world throws(DispatchError) in
            try world.dispatch(Self.addCluster([first, first]), as: .root)
        }
        try world.dispatch(Self.addCluster([first]), as: .root)
        try world.expectNoop(Self.error(.duplicatedDeployment)) { world throws(DispatchError) in
            try world.dispatch(Self.addCluster([first]), as: .root)
        }
        try world.expectNoop(Self.error(.payloadTooLarge)) { world throws(DispatchError) in
            let code = [UInt8](repeating: 0, count: PhatContracts.inkCodeSizeLimit + 1)
            try world.dispatch(.phatContracts(.setPinkSystemCode(code: code)), as: .root)
        }
    }

    @Test func rootSetsThePinkRuntimeVersion() throws {
        var world = try ComputationWorld.build()
        let version = PinkRuntimeVersion(major: 1, minor: 2)
        #expect(try PhatContracts.Storage.pinkRuntimeVersion.get(in: &world.block.state) == nil)
        try world.expectNoop(.badOrigin) { world throws(DispatchError) in
            try world.dispatch(.phatContracts(.setPinkRuntimeVersion(version: version)), as: .signed(Self.owner))
        }
        try world.dispatch(.phatContracts(.setPinkRuntimeVersion(version: version)), as: .root)
        #expect(try PhatContracts.Storage.pinkRuntimeVersion.get(in: &world.block.state) == version)
        #expect(
            try world.block.state.value(forKey: PhatContracts.Storage.pinkRuntimeVersion.key) == [
                1, 0, 0, 0, 2, 0, 0, 0,
            ]
        )
    }

    @Test func noClusterBeforeTheSystemCodeIsSet() throws {
        var world = try ComputationWorld.build()
        try world.expectNoop(Self.error(.noPinkSystemCode)) { world throws(DispatchError) in
            try world.dispatch(Self.addCluster([GatekeeperTests.first.pubkey]), as: .root)
        }
    }
}
