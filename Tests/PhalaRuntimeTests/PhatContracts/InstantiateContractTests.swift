import Messaging
import PalletBalances
import PalletMessageQueue
import PalletPhatContracts
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

/// `instantiate_contract` and `transfer_to_cluster` through the runtime, in a cluster Alice owns with
/// `OnlyOwner(Alice)` permission.
@Suite struct InstantiateContractTests {
    static let code = CodeIndex.wasmCode(H256(FixedBytes(repeating: 0xC0)))
    static let cluster = AddClusterTests.firstCluster

    static func build() throws -> TestRuntime {
        var world = try AddClusterTests.build()
        try world.dispatch(AddClusterTests.addCluster([GatekeeperTests.first.pubkey]), as: .root)
        return world
    }

    static func instantiate(salt: [UInt8] = [7], cluster: H256 = cluster, deposit: Balance = .zero) -> RuntimeCall {
        .phatContracts(
            .instantiateContract(
                codeIndex: code,
                data: [0xed, 0x4b, 0x9d, 0x1b],
                salt: salt,
                clusterId: cluster,
                transfer: Balance(planck: 5),
                gasLimit: 1_000_000,
                storageDepositLimit: nil,
                deposit: deposit
            )
        )
    }

    static func published(_ world: inout TestRuntime, on topic: Topic) throws -> [[UInt8]] {
        try MessageQueue.Storage.outboundMessages.value(in: &world.block.state)
            .filter { $0.sender == .pallet(PhatContracts.name) && $0.destination == topic }
            .map(\.payload)
    }

    @Test func instantiationRecordsTheContractAndAsksTheWorkers() throws {
        var world = try Self.build()
        let alice = DevAccount.alice.id
        try world.dispatch(Self.instantiate(deposit: .pha(2)), as: .signed(alice))
        let id = PhatContracts.contractId(
            deployer: alice,
            codeHash: Self.code.codeHash,
            cluster: Self.cluster,
            salt: [7]
        )
        #expect(
            try PhatContracts.Storage.contracts.get(id, in: &world.block.state)
                == BasicContractInfo(deployer: alice, cluster: Self.cluster)
        )
        let operation = ContractOperation.instantiateCode(
            contractInfo: ContractInfo(
                deployer: alice,
                codeIndex: Self.code,
                salt: [7],
                clusterId: Self.cluster,
                instantiateData: [0xed, 0x4b, 0x9d, 0x1b]
            ),
            transfer: 5,
            gasLimit: 1_000_000,
            storageDepositLimit: nil
        )
        #expect(try Self.published(&world, on: .contractOperation) == [operation.scaleEncoded()])
        let deposit = ClusterOperation.deposit(clusterId: Self.cluster, account: alice, amount: Balance.pha(2).planck)
        #expect(try Self.published(&world, on: .clusterKey) == [deposit.scaleEncoded()])
        let events = try world.events().map(\.event)
        #expect(
            events.contains(
                .phatContracts(.transfered(cluster: Self.cluster, account: H256(alice.raw), amount: .pha(2)))
            )
        )
        #expect(events.contains(.phatContracts(.instantiating(contract: id, cluster: Self.cluster, deployer: alice))))
        // 10 PHA of add_cluster's deposit and 2 of this one sit in the cluster account.
        #expect(
            try world.runtime.balances.freeBalance(
                of: PhatContracts.clusterAccount(Self.cluster),
                in: &world.block.state
            )
                == .pha(12)
        )
    }

    @Test func badInstantiationsFailWithoutChangingTheState() throws {
        var world = try Self.build()
        let alice = DevAccount.alice.id
        try world.expectNoop(.badOrigin) { world throws(DispatchError) in
            try world.dispatch(Self.instantiate(), as: .root)
        }
        try world.expectNoop(AddClusterTests.error(.clusterNotFound)) { world throws(DispatchError) in
            try world.dispatch(Self.instantiate(cluster: .zero), as: .signed(alice))
        }
        try world.expectNoop(AddClusterTests.error(.clusterPermissionDenied)) { world throws(DispatchError) in
            try world.dispatch(Self.instantiate(), as: .signed(DevAccount.bob.id))
        }
        try world.dispatch(Self.instantiate(), as: .signed(alice))
        try world.expectNoop(AddClusterTests.error(.duplicatedContract)) { world throws(DispatchError) in
            try world.dispatch(Self.instantiate(), as: .signed(alice))
        }
    }

    @Test func transferToClusterMovesPHAAndCreditsTheDestination() throws {
        var world = try Self.build()
        let bob = DevAccount.bob.id
        let dest = AccountId32(FixedBytes(repeating: 0x44))
        let before = try world.free(.bob)
        try world.dispatch(
            .phatContracts(.transferToCluster(amount: .pha(3), clusterId: Self.cluster, destAccount: dest)),
            as: .signed(bob)
        )
        #expect(try world.free(.bob).planck == before.planck - Balance.pha(3).planck)
        let deposit = ClusterOperation.deposit(clusterId: Self.cluster, account: dest, amount: Balance.pha(3).planck)
        #expect(try Self.published(&world, on: .clusterKey) == [deposit.scaleEncoded()])
        #expect(
            try world.events().map(\.event).contains(
                .phatContracts(.transfered(cluster: Self.cluster, account: H256(dest.raw), amount: .pha(3)))
            )
        )
    }
}
