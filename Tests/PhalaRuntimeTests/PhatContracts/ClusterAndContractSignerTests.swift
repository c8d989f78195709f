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

/// Messages from a cluster or a contract reach the chain through `sync_offchain_message` only when
/// signed by the key the registry holds for them: `PhalaRegistry.ClusterKeys[id]` for `Cluster(id)`,
/// `PhalaRegistry.ContractKeys[id]` for `Contract(id)` (registry.rs `check_message`, phala-facts.md §5.4).
@Suite struct ClusterAndContractSignerTests {
    static let cluster = PhatContractsMessagesTests.cluster
    /// Dave's sr25519 pair plays the cluster key, Ferdie's the contract key.
    static var clusterPair: Sr25519.KeyPair { MessageQueueTests.key(.dave) }
    static var contractPair: Sr25519.KeyPair { MessageQueueTests.key(.ferdie) }

    static func sync(_ signed: SignedMessage, in world: inout TestRuntime) throws(DispatchError) {
        try world.dispatch(.messageQueue(.syncOffchainMessage(signedMessage: signed)), as: .none)
    }

    static func contractKeyReport(signedBy pair: Sr25519.KeyPair) -> SignedMessage {
        let message = PhatContractsMessagesTests.contractKeyMessage(
            ContractCallsTests.contract,
            deployer: H256(DevAccount.alice.id.raw)
        )
        return SignedMessage.signing(message, sequence: 0, with: pair)
    }

    @Test func aClusterReportIsRefusedUntilTheClusterKeyIsKnownThenAccepted() throws {
        var world = try InstantiateContractTests.build()
        let report = Self.contractKeyReport(signedBy: Self.clusterPair)
        try world.expectNoop(MessageQueueTests.error(.unknownSigner)) { world throws(DispatchError) in
            try Self.sync(report, in: &world)
        }
        Registry.Storage.clusterKeys.insert(
            DevAccount.dave.id.raw,
            for: Self.cluster,
            in: &world.block.state
        )
        try Self.sync(report, in: &world)
        #expect(
            try Registry.Storage.contractKeys.get(ContractCallsTests.contract, in: &world.block.state)
                == PhatContractsMessagesTests.contractKey
        )
    }

    @Test func aClusterReportSignedByAnotherKeyIsRefused() throws {
        var world = try InstantiateContractTests.build()
        Registry.Storage.clusterKeys.insert(
            DevAccount.dave.id.raw,
            for: Self.cluster,
            in: &world.block.state
        )
        let forged = Self.contractKeyReport(signedBy: Self.contractPair)
        try world.expectNoop(MessageQueueTests.error(.badSignature)) { world throws(DispatchError) in
            try Self.sync(forged, in: &world)
        }
    }

    @Test func aContractMessageVerifiesUnderTheContractKey() throws {
        var world = try InstantiateContractTests.build()
        let contract = ContractCallsTests.contract
        let message = Message(sender: .contract(contract), destination: Topic("demo/contract/out"), payload: [1])
        let signed = SignedMessage.signing(message, sequence: 0, with: Self.contractPair)
        try world.expectNoop(MessageQueueTests.error(.unknownSigner)) { world throws(DispatchError) in
            try Self.sync(signed, in: &world)
        }
        Registry.Storage.contractKeys.insert(
            DevAccount.ferdie.id.raw,
            for: contract,
            in: &world.block.state
        )
        try Self.sync(signed, in: &world)
        #expect(try MessageQueue.Storage.offchainIngress.value(.contract(contract), in: &world.block.state) == 1)
    }
}
