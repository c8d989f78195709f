import Messaging
import PalletMessageQueue
import PalletPhatContracts
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

/// `cluster_upload_resource` and `push_contract_message` through the runtime, in the cluster Alice owns
/// with `OnlyOwner(Alice)` permission (phala-facts.md §6.4).
@Suite struct ContractCallsTests {
    static let cluster = AddClusterTests.firstCluster

    static func upload(_ data: [UInt8], as type: ResourceType = .inkCode, cluster: H256 = cluster) -> RuntimeCall {
        .phatContracts(.clusterUploadResource(clusterId: cluster, resourceType: type, resourceData: data))
    }

    static func push(_ payload: [UInt8], to contract: H256, deposit: Balance = .zero) -> RuntimeCall {
        .phatContracts(.pushContractMessage(contractId: contract, payload: payload, deposit: deposit))
    }

    /// The contract `InstantiateContractTests.instantiate()` creates for Alice.
    static var contract: H256 {
        PhatContracts.contractId(
            deployer: DevAccount.alice.id,
            codeHash: InstantiateContractTests.code.codeHash,
            cluster: cluster,
            salt: [7]
        )
    }

    /// The messages of this block on `topic`, whoever sent them.
    static func messages(_ world: inout TestRuntime, on topic: Topic) throws -> [Message] {
        try MessageQueue.Storage.outboundMessages.value(in: &world.block.state).filter { $0.destination == topic }
    }

    static func phatEvents(_ world: inout TestRuntime) throws -> [PhatContracts.Event] {
        try world.events().compactMap { if case .phatContracts(let event) = $0.event { event } else { nil } }
    }

    @Test func theOwnerUploadsCodeToTheClustersWorkers() throws {
        var world = try InstantiateContractTests.build()
        let alice = DevAccount.alice.id
        let eventsBefore = try Self.phatEvents(&world)
        try world.dispatch(Self.upload([0, 97, 115, 109]), as: .signed(alice))
        let operation = ClusterOperation.uploadResource(
            origin: alice,
            clusterId: Self.cluster,
            resourceType: .inkCode,
            resourceData: [0, 97, 115, 109]
        )
        #expect(try InstantiateContractTests.published(&world, on: .clusterKey) == [operation.scaleEncoded()])
        // Phala deposits no event for an upload.
        #expect(try Self.phatEvents(&world) == eventsBefore)
    }

    @Test func sidevmCodeMayExceedTheInkLimit() throws {
        var world = try InstantiateContractTests.build()
        let code = [UInt8](repeating: 1, count: PhatContracts.inkCodeSizeLimit + 1)
        try world.dispatch(Self.upload(code, as: .sidevmCode), as: .signed(DevAccount.alice.id))
        #expect(try InstantiateContractTests.published(&world, on: .clusterKey).count == 1)
    }

    @Test func badUploadsFailWithoutChangingTheState() throws {
        var world = try InstantiateContractTests.build()
        let alice = DevAccount.alice.id
        let tooLarge = [UInt8](repeating: 1, count: PhatContracts.inkCodeSizeLimit + 1)
        try world.expectNoop(.badOrigin) { world throws(DispatchError) in
            try world.dispatch(Self.upload([1]), as: .root)
        }
        try world.expectNoop(AddClusterTests.error(.clusterNotFound)) { world throws(DispatchError) in
            try world.dispatch(Self.upload([1], cluster: .zero), as: .signed(alice))
        }
        try world.expectNoop(AddClusterTests.error(.clusterPermissionDenied)) { world throws(DispatchError) in
            try world.dispatch(Self.upload([1]), as: .signed(DevAccount.bob.id))
        }
        for type in [ResourceType.inkCode, .indeterministicInkCode] {
            try world.expectNoop(AddClusterTests.error(.payloadTooLarge)) { world throws(DispatchError) in
                try world.dispatch(Self.upload(tooLarge, as: type), as: .signed(alice))
            }
        }
    }

    @Test func aContractMessageGoesOutFromTheSendersAccountWithItsDeposit() throws {
        var world = try InstantiateContractTests.build()
        try world.dispatch(InstantiateContractTests.instantiate(), as: .signed(DevAccount.alice.id))
        let bob = DevAccount.bob.id
        let before = try world.free(.bob)
        try world.dispatch(Self.push([0xCA, 0xFE], to: Self.contract, deposit: .pha(2)), as: .signed(bob))

        let topic = Topic("phala/contract/\(Hex.encode(Self.contract.raw.bytes).dropFirst(2))/command")
        #expect(
            try Self.messages(&world, on: topic) == [
                Message(sender: .accountId(H256(bob.raw)), destination: topic, payload: [0xCA, 0xFE])
            ]
        )
        let deposit = ClusterOperation.deposit(clusterId: Self.cluster, account: bob, amount: Balance.pha(2).planck)
        #expect(try InstantiateContractTests.published(&world, on: .clusterKey).last == deposit.scaleEncoded())
        #expect(try world.free(.bob).planck == before.planck - Balance.pha(2).planck)
        #expect(
            try Self.phatEvents(&world).last
                == .transfered(cluster: Self.cluster, account: H256(bob.raw), amount: .pha(2))
        )
    }

    @Test func withoutADepositTheContractIsNotLookedUp() throws {
        var world = try InstantiateContractTests.build()
        let unknown = H256(FixedBytes(repeating: 0xEE))
        try world.dispatch(Self.push([1], to: unknown), as: .signed(DevAccount.bob.id))
        #expect(
            try Self.messages(&world, on: .contractCommand(unknown)) == [
                Message(
                    sender: .accountId(H256(DevAccount.bob.id.raw)),
                    destination: .contractCommand(unknown),
                    payload: [1]
                )
            ]
        )
        #expect(try InstantiateContractTests.published(&world, on: .clusterKey).isEmpty)
    }

    @Test func badContractMessagesFailWithoutChangingTheState() throws {
        var world = try InstantiateContractTests.build()
        try world.expectNoop(.badOrigin) { world throws(DispatchError) in
            try world.dispatch(Self.push([1], to: Self.contract), as: .root)
        }
        try world.expectNoop(AddClusterTests.error(.contractNotFound)) { world throws(DispatchError) in
            try world.dispatch(Self.push([1], to: Self.contract, deposit: .pha(1)), as: .signed(DevAccount.bob.id))
        }
    }
}
