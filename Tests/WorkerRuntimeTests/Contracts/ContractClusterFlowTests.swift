import ContractHost
import EnclaveAPI
import Messaging
import PalletPhatContracts
import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

@testable import WorkerRuntime

/// A cluster from deployment to commands: the gatekeeper shares the cluster key, two listed workers
/// join, and code, instantiation and a pushed command leave both with the same contract storage.
@Suite struct ContractClusterFlowTests {
    static let owner = AccountId32(FixedBytes(repeating: 7))
    /// `H256::from_low_u64_be(1)`, the first cluster's id.
    static let clusterID = H256(hexLiteral: "0x0000000000000000000000000000000000000000000000000000000000000001")

    static func pallet(_ topic: Topic, _ payload: some ScaleEncodable) -> Message {
        Message(sender: .pallet("PhalaPhatContracts"), destination: topic, payload: payload.scaleEncoded())
    }

    /// A gatekeeper and two workers after the cluster was deployed on the two workers.
    static func deployedCluster() throws -> (gatekeeper: ComputingWorld, workers: [ComputingWorld]) {
        var random = SeededRandomSource(seed: 9)
        let keys = GatekeeperKeys(generatingFirstKey: &random)
        var gatekeeper = try ComputingWorld(seed: 1, masterKeys: keys, gatekeepers: [ComputingWorld.publicKey(seed: 1)])
        var workers = [try ComputingWorld(seed: 2), try ComputingWorld(seed: 3)]
        let deploy = ClusterEvent.deployCluster(
            .init(
                owner: owner, cluster: clusterID,
                workers: workers.map { PalletPhatContracts.WorkerIdentity(pubkey: $0.me, ecdhPubkey: $0.me) },
                deposit: 1_000_000, gasPrice: 1, depositPerItem: 1, depositPerByte: 1, treasuryAccount: owner))
        try gatekeeper.block(1, [pallet(.clusterEvent, deploy)])
        let fromGatekeeper = gatekeeper.state.egress.pending(from: .gatekeeper).map(\.message)
        #expect(fromGatekeeper.map(\.destination) == [.clusterRegistryEvent, .clusterKey])
        for index in workers.indices {
            try workers[index].block(2, fromGatekeeper)
        }
        return (gatekeeper, workers)
    }

    @Test func listedWorkersJoinWithTheKeyTheGatekeeperAnnounced() throws {
        let (gatekeeper, workers) = try Self.deployedCluster()
        let announced = try #require(gatekeeper.state.egress.pending(from: .gatekeeper).first?.message)
        guard case .pubkeyAvailable(let cluster, let pubkey) = try ClusterRegistryEvent(scaleDecoding: announced.payload) else {
            Issue.record("the gatekeeper announced something else")
            return
        }
        #expect(cluster == Self.clusterID)
        for world in workers {
            let joined = try #require(world.state.clusters[Self.clusterID])
            #expect(joined.key.exposedValue.publicKey.fixedBytes == pubkey)
            #expect(joined.state.balance(of: Self.owner) == Balance(planck: 1_000_000))
            let reports = world.state.egress.pending(from: .worker(world.me)).filter { $0.message.destination == .clusterWorkerReport }
            #expect(try reports.map { try WorkerClusterReport(scaleDecoding: $0.message.payload) } == [.clusterDeployed(id: cluster, pubkey: pubkey)])
        }
        #expect(gatekeeper.state.clusters.isEmpty)
    }

    @Test func twoWorkersRunTheFlipperToTheSameStorageRoot() throws {
        var (_, workers) = try Self.deployedCluster()
        let flipper = try ContractBuilder.build("flipper")
        let codeHash = H256(try FixedBytes(flipper.codeHash))
        let upload = ClusterOperation.uploadResource(
            origin: Self.owner, clusterId: Self.clusterID, resourceType: .inkCode, resourceData: flipper.wasm)
        let info = PalletPhatContracts.ContractInfo(
            deployer: Self.owner, codeIndex: .wasmCode(codeHash), salt: [], clusterId: Self.clusterID,
            instantiateData: [UInt8](flipper.constructors["new"] ?? []) + [1])
        let instantiate = ContractOperation.instantiateCode(
            contractInfo: info, transfer: 0, gasLimit: 1_000_000_000_000, storageDepositLimit: nil)
        let address = AccountId32(
            try FixedBytes(Hashing.blake2_256(Self.owner.bytes + codeHash.bytes + Self.clusterID.bytes)))
        let flip = Message(
            sender: .accountId(H256(Self.owner.raw)), destination: .contractCommand(H256(address.raw)),
            payload: ContractCommand(message: flipper.messages["flip"] ?? []).scaleEncoded())
        for index in workers.indices {
            try workers[index].block(3, [Self.pallet(.clusterKey, upload), Self.pallet(.contractOperation, instantiate)])
            try workers[index].block(4, [flip])
        }
        let first = try #require(workers[0].state.clusters[Self.clusterID])
        let second = try #require(workers[1].state.clusters[Self.clusterID])
        #expect(first.state.contract(at: address) != nil)
        #expect(first.state.storageRoot(of: address) == second.state.storageRoot(of: address))
        #expect(first.state == second.state)
        // What the worker API publishes: equal across the cluster, and not the plain root, which would let
        // anyone tell a true flipper from a false one by hashing both.
        let summary = try #require(first.stateSummary(of: address, at: 4))
        #expect(second.stateSummary(of: address, at: 4) == summary)
        #expect(summary.codeHash == codeHash)
        #expect(summary.storageCommitment != first.state.storageRoot(of: address))
        #expect(first.stateSummary(of: Self.owner, at: 4) == nil)

        let services = workers[0].clusterServices.services(for: first)
        let get = first.query(
            flipper.messages["get"] ?? [], on: address, origin: Self.owner, block: .init(number: 4, timestampMillis: 0),
            executor: services.executor)
        #expect(get.successData == [0, 0])

        let announced = workers[0].state.egress.pending(from: .cluster(Self.clusterID)).map(\.message)
        #expect(announced.map(\.destination) == [.contractRegistryEvent])
        guard case .pubkeyAvailable(let contract, let pubkey, let deployer) = try ContractRegistryEvent(scaleDecoding: announced[0].payload)
        else { return }
        #expect(contract == H256(address.raw))
        #expect(deployer == H256(Self.owner.raw))
        #expect(pubkey == first.contractKey(address).exposedValue.publicKey.fixedBytes)
    }

    @Test func clustersSurviveTheCheckpoint() throws {
        let (_, workers) = try Self.deployedCluster()
        let restored = try EnclaveState.restoring(workers[0].state.checkpointPayload, identity: workers[0].identity)
        #expect(restored.clusters[Self.clusterID]?.state == workers[0].state.clusters[Self.clusterID]?.state)
        #expect(restored.clusterPublicKeys == workers[0].state.clusterPublicKeys)
        #expect(restored.egress.nextSequence(of: .cluster(Self.clusterID)) == 0)
    }
}

extension H256 {
    /// A hash written in the test as 64 hex digits.
    init(hexLiteral: String) {
        self = (try? H256(hex: hexLiteral)) ?? .zero
    }
}
