import MerkleTrie
import Messaging
import PalletMessageQueue
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

/// PhalaMq in the runtime: `sync_offchain_message` as an unsigned extrinsic, validated by the pallet in
/// the pool and again in the block (phala-facts.md §5.4, with the sequence rules of `CheckMqSequence`).
@Suite struct MessageQueueTests {
    static let index = PalletIndex.messageQueue

    /// Charlie's sr25519 key as a worker identity key.
    static var worker: Sr25519.KeyPair { key(.charlie) }
    static var workerOrigin: MessageOrigin { .worker(DevAccount.charlie.id.raw) }

    static func key(_ account: DevAccount) -> Sr25519.KeyPair {
        guard case .sr25519(let pair) = account.pair else { preconditionFailure("\(account) is not sr25519") }
        return pair
    }

    static func world() throws -> TestRuntime {
        try TestRuntime.build(messageWorkers: [.charlie], masterKey: .eve)
    }

    /// A heartbeat-like message from `origin` signed by `key` at `sequence`.
    static func signed(
        _ sequence: UInt64,
        from origin: MessageOrigin = workerOrigin,
        by key: Sr25519.KeyPair = worker,
        topic: Topic = .miningReport
    ) -> SignedMessage {
        SignedMessage.signing(
            Message(sender: origin, destination: topic, payload: [1, 2, 3]),
            sequence: sequence,
            with: key
        )
    }

    static func extrinsic(_ message: SignedMessage) -> [UInt8] {
        let call = RuntimeCall.messageQueue(.syncOffchainMessage(signedMessage: message))
        return UncheckedExtrinsic(signature: nil, call: call.scaleEncoded()).scaleEncoded()
    }

    /// The pool tag of CheckMqSequence: SCALE(("PhalaMqOffchainMessages", sender, sequence)).
    static func tag(_ sender: MessageOrigin, _ sequence: UInt64) -> [UInt8] {
        Array("PhalaMqOffchainMessages".utf8).scaleEncoded() + sender.scaleEncoded() + sequence.scaleEncoded()
    }

    static func validate(_ message: SignedMessage, in world: TestRuntime) throws
        -> Result<ValidTransaction, TransactionValidityError>
    {
        try world.runtime.validateTransaction(
            extrinsic(message),
            source: .external,
            parentHash: world.head.hash,
            parentState: world.headState
        )
    }

    static func nextSequence(_ origin: MessageOrigin, in world: TestRuntime) throws -> UInt64 {
        var state = Overlay(base: world.headState)
        return try MessageQueue.Storage.offchainIngress.value(origin, in: &state)
    }

    static func error(_ error: MessageQueue.Error) -> DispatchError {
        .module(ModuleError(index: index, error: error.rawValue))
    }

    @Test func aWorkersNextMessageIsValidThenAppliedWithItsEventAndSequence() throws {
        var world = try Self.world()
        let message = Self.signed(0)
        let validity = try Self.validate(message, in: world).get()
        #expect(validity.provides == [Self.tag(Self.workerOrigin, 0)])
        #expect(validity.requires.isEmpty)

        let results = try world.produceBlock([Self.extrinsic(message)])
        #expect(results.map { try? $0.get().get() } == [Empty()])
        #expect(try Self.nextSequence(Self.workerOrigin, in: world) == 1)
        let events = try world.headEvents().map(\.event)
        #expect(
            events.contains(
                .messageQueue(.messageReceived(sender: Self.workerOrigin, topic: .miningReport, sequence: 0))
            )
        )
        var state = Overlay(base: world.headState)
        #expect(try MessageQueue.Storage.outboundMessages.value(in: &state) == [message.message])
    }

    @Test func aReplayIsStaleInThePoolAndRefusedByTheBlock() throws {
        var world = try Self.world()
        let message = Self.signed(0)
        try world.produceBlock([Self.extrinsic(message)])
        #expect(try Self.validate(message, in: world) == .failure(.invalid(.stale)))
        #expect(
            try world.runtime.applyExtrinsic(Self.extrinsic(message), to: &world.block) == .failure(.invalid(.stale))
        )
        try world.expectNoop(Self.error(.badSequence)) { world throws(DispatchError) in
            try world.dispatch(.messageQueue(.syncOffchainMessage(signedMessage: message)), as: .none)
        }
        #expect(try Self.nextSequence(Self.workerOrigin, in: world) == 1)
    }

    @Test func aLaterMessageWaitsInThePoolForItsPredecessorButNotInABlock() throws {
        var world = try Self.world()
        let future = Self.signed(1)
        let validity = try Self.validate(future, in: world).get()
        #expect(validity.requires == [Self.tag(Self.workerOrigin, 0)])
        #expect(validity.provides == [Self.tag(Self.workerOrigin, 1)])
        #expect(
            try world.runtime.applyExtrinsic(Self.extrinsic(future), to: &world.block) == .failure(.invalid(.future))
        )
        try world.expectNoop(Self.error(.badSequence)) { world throws(DispatchError) in
            try world.dispatch(.messageQueue(.syncOffchainMessage(signedMessage: future)), as: .none)
        }
        let results = try world.produceBlock([Self.extrinsic(Self.signed(0)), Self.extrinsic(future)])
        #expect(results.map { try? $0.get().get() } == [Empty(), Empty()])
        #expect(try Self.nextSequence(Self.workerOrigin, in: world) == 2)
    }

    @Test func anUnregisteredWorkerIsRefused() throws {
        var world = try Self.world()
        let stranger = Self.signed(0, from: .worker(DevAccount.dave.id.raw), by: Self.key(.dave))
        #expect(try Self.validate(stranger, in: world) == .failure(.invalid(.badSigner)))
        try world.expectNoop(Self.error(.unknownSigner)) { world throws(DispatchError) in
            try world.dispatch(.messageQueue(.syncOffchainMessage(signedMessage: stranger)), as: .none)
        }
    }

    @Test func aSignatureByAnotherKeyIsRefused() throws {
        var world = try Self.world()
        let forged = Self.signed(0, by: Self.key(.dave))
        #expect(try Self.validate(forged, in: world) == .failure(.invalid(.badProof)))
        #expect(
            try world.runtime.applyExtrinsic(Self.extrinsic(forged), to: &world.block) == .failure(.invalid(.badProof))
        )
        try world.expectNoop(Self.error(.badSignature)) { world throws(DispatchError) in
            try world.dispatch(.messageQueue(.syncOffchainMessage(signedMessage: forged)), as: .none)
        }
    }

    @Test func onChainSendersAndInvalidTopicsAreRefused() throws {
        var world = try Self.world()
        let pallet = Self.signed(0, from: .pallet("PhalaRegistry"))
        #expect(try Self.validate(pallet, in: world) == .failure(.invalid(.call)))
        let badTopic = Self.signed(0, topic: Topic("/phala"))
        try world.expectNoop(Self.error(.badDestination)) { world throws(DispatchError) in
            try world.dispatch(.messageQueue(.syncOffchainMessage(signedMessage: badTopic)), as: .none)
        }
        try world.expectNoop(Self.error(.badSender)) { world throws(DispatchError) in
            try world.dispatch(.messageQueue(.syncOffchainMessage(signedMessage: pallet)), as: .none)
        }
    }

    @Test func aSignedOriginMayNotSyncMessages() throws {
        var world = try Self.world()
        try world.expectNoop(.badOrigin) { world throws(DispatchError) in
            try world.dispatch(
                .messageQueue(.syncOffchainMessage(signedMessage: Self.signed(0))),
                as: .signed(DevAccount.alice.id)
            )
        }
    }

    @Test func gatekeeperMessagesVerifyUnderTheMasterKeyAndOnChainOnlyTopicsStayOffTheOutboundList() throws {
        var world = try Self.world()
        let update = Self.signed(0, from: .gatekeeper, by: Self.key(.eve), topic: .miningUpdate)
        _ = try Self.validate(update, in: world).get()
        let results = try world.produceBlock([Self.extrinsic(update)])
        #expect(results.map { try? $0.get().get() } == [Empty()])
        #expect(try Self.nextSequence(.gatekeeper, in: world) == 1)
        var state = Overlay(base: world.headState)
        #expect(try MessageQueue.Storage.outboundMessages.value(in: &state).isEmpty)
        let wrongKey = Self.signed(1, from: .gatekeeper, by: Self.worker, topic: .miningUpdate)
        #expect(try Self.validate(wrongKey, in: world) == .failure(.invalid(.badProof)))
    }

    @Test func withoutAMasterKeyGatekeeperMessagesHaveNoSigner() throws {
        let world = try TestRuntime.build(messageWorkers: [.charlie])
        let update = Self.signed(0, from: .gatekeeper, by: Self.key(.eve), topic: .miningUpdate)
        #expect(try Self.validate(update, in: world) == .failure(.invalid(.badSigner)))
    }

    @Test func palletsPushMessagesThatLastOneBlock() throws {
        var world = try Self.world()
        let queue = world.runtime.messageQueue
        try queue.push([7], to: .systemEvent, from: "PhalaRegistry", in: &world.block.state)
        try queue.push([8], to: .registryEvent, from: "PhalaRegistry", in: &world.block.state)
        #expect(throws: Self.error(.badDestination)) {
            try queue.push([9], to: Topic(bytes: []), from: "PhalaRegistry", in: &world.block.state)
        }
        try world.produceBlock([])
        var state = Overlay(base: world.headState)
        #expect(
            try MessageQueue.Storage.outboundMessages.value(in: &state)
                == [Message(sender: .pallet("PhalaRegistry"), destination: .systemEvent, payload: [7])]
        )
        try world.produceBlock([])
        state = Overlay(base: world.headState)
        #expect(try MessageQueue.Storage.outboundMessages.value(in: &state).isEmpty)
    }

    @Test func anAccountsPushComesFromItsAccountOriginAndNeedsAValidTopic() throws {
        var world = try Self.world()
        let queue = world.runtime.messageQueue
        let bob = DevAccount.bob.id
        let topic = Topic.contractCommand(H256(FixedBytes(repeating: 5)))
        try queue.push([7], to: topic, fromAccount: bob, in: &world.block.state)
        #expect(throws: Self.error(.badDestination)) {
            try queue.push([9], to: Topic("/bad"), fromAccount: bob, in: &world.block.state)
        }
        #expect(
            try MessageQueue.Storage.outboundMessages.value(in: &world.block.state)
                == [Message(sender: .accountId(H256(bob.raw)), destination: topic, payload: [7])]
        )
    }

    /// Relayers and enclaves read `PhalaMq::OffchainIngress` and `PhalaMq::OutboundMessages` at Phala's
    /// keys: pallet and item names under twox128, the origin under Twox64Concat (pallets/phala/src/mq.rs).
    @Test func storageKeysAreTheOnesPhalaClientsRead() {
        let prefix = Hashing.twox128(Array("PhalaMq".utf8))
        let origin = MessageOrigin.gatekeeper
        #expect(
            MessageQueue.Storage.offchainIngress.storageKey(for: origin)
                == prefix + Hashing.twox128(Array("OffchainIngress".utf8)) + Hashing.twox64(origin.scaleEncoded())
                + origin.scaleEncoded()
        )
        #expect(MessageQueue.Storage.outboundMessages.key == prefix + Hashing.twox128(Array("OutboundMessages".utf8)))
    }
}
