import Messaging
import PhalaCrypto
import PhalaPrimitives
import Testing

/// The egress queue of phala-facts.md §5.3: per-origin sequences, acknowledgement from chain state.
@Suite struct EgressQueueTests {
    static let worker = try! Sr25519.KeyPair(miniSecret: [UInt8](repeating: 3, count: 32))
    static let master = try! Sr25519.KeyPair(miniSecret: [UInt8](repeating: 4, count: 32))
    static var origin: MessageOrigin { .worker(try! FixedBytes(worker.publicKey.bytes)) }

    @Test func messagesAreSignedAtConsecutiveSequences() throws {
        var queue = EgressQueue()
        try queue.addChannel(Self.origin, signer: Self.worker, nextSequence: 10)
        try queue.push([1], to: .miningReport, from: Self.origin)
        try queue.push([2], to: .miningReport, from: Self.origin)
        let pending = queue.pending(from: Self.origin)
        #expect(pending.map(\.sequence) == [10, 11])
        #expect(queue.nextSequence(of: Self.origin) == 12)
        for message in pending { try message.verifySignature(publicKey: Self.worker.publicKey.bytes) }
    }

    @Test func acknowledgingIsIdempotentAndNeverRevivesMessages() throws {
        var queue = EgressQueue()
        try queue.addChannel(Self.origin, signer: Self.worker)
        for payload in 0..<4 { try queue.push([UInt8(payload)], to: .miningReport, from: Self.origin) }
        queue.acknowledge(Self.origin, nextSequence: 2)
        #expect(queue.pending(from: Self.origin).map(\.sequence) == [2, 3])
        queue.acknowledge(Self.origin, nextSequence: 2)
        queue.acknowledge(Self.origin, nextSequence: 1)
        #expect(queue.pending(from: Self.origin).map(\.sequence) == [2, 3])
        queue.acknowledge(Self.origin, nextSequence: 4)
        #expect(queue.pending(from: Self.origin).isEmpty)
        #expect(queue.nextSequence(of: Self.origin) == 4)
    }

    @Test func aDummyChannelCountsButKeepsNothing() throws {
        var queue = EgressQueue()
        try queue.addChannel(.gatekeeper, signer: Self.master, dummy: true)
        #expect(try queue.push([1], to: .gatekeeperEvent, from: .gatekeeper) == nil)
        #expect(queue.pending(from: .gatekeeper).isEmpty)
        #expect(queue.nextSequence(of: .gatekeeper) == 1)
    }

    @Test func allPendingFollowsTheOrderChannelsWereAdded() throws {
        var queue = EgressQueue()
        try queue.addChannel(.gatekeeper, signer: Self.master)
        try queue.addChannel(Self.origin, signer: Self.worker)
        try queue.push([1], to: .miningReport, from: Self.origin)
        try queue.push([2], to: .gatekeeperEvent, from: .gatekeeper)
        #expect(queue.allPending.map(\.message.sender) == [.gatekeeper, Self.origin])
    }

    @Test func misuseIsReportedWithTypedErrors() throws {
        var queue = EgressQueue()
        #expect(throws: MessagingError.notOffchain(.pallet("PhalaRegistry"))) {
            try queue.addChannel(.pallet("PhalaRegistry"), signer: Self.worker)
        }
        try queue.addChannel(Self.origin, signer: Self.worker)
        #expect(throws: MessagingError.duplicateChannel(Self.origin)) {
            try queue.addChannel(Self.origin, signer: Self.worker)
        }
        #expect(throws: MessagingError.unknownChannel(.gatekeeper)) {
            try queue.push([], to: .gatekeeperEvent, from: .gatekeeper)
        }
        #expect(throws: MessagingError.invalidTopic(Topic("/bad"))) {
            try queue.push([], to: Topic("/bad"), from: Self.origin)
        }
    }
}
