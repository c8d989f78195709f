import Messaging
import Testing

/// The ingress dispatcher of phala-facts.md §5.5: chain order across topics, drops at block end.
@Suite struct IngressDispatcherTests {
    static func message(_ topic: Topic, _ payload: UInt8) -> Message {
        Message(sender: .pallet("PhalaRegistry"), destination: topic, payload: [payload])
    }

    @Test func subscribersOfSeveralTopicsReceiveInChainOrder() throws {
        var dispatcher = IngressDispatcher()
        let system = dispatcher.subscribe(.systemEvent)
        let gatekeeper = dispatcher.subscribe(.gatekeeperEvent)
        dispatcher.dispatchBlock([
            Self.message(.gatekeeperEvent, 0), Self.message(.systemEvent, 1), Self.message(.clusterKey, 2),
            Self.message(.gatekeeperEvent, 3), Self.message(.systemEvent, 4),
        ])
        var received: [IngressDispatcher.Delivery] = []
        while let delivery = try dispatcher.next(forAny: [system, gatekeeper]) { received.append(delivery) }
        #expect(received.map(\.index) == [0, 1, 3, 4])
        #expect(received.map(\.message.payload) == [[0], [1], [3], [4]])
    }

    @Test func oneSubscriptionSeesOnlyItsTopic() throws {
        var dispatcher = IngressDispatcher()
        let system = dispatcher.subscribe(.systemEvent)
        dispatcher.dispatchBlock([Self.message(.gatekeeperEvent, 0), Self.message(.systemEvent, 1)])
        #expect(try dispatcher.next(for: system)?.message.payload == [1])
        #expect(try dispatcher.next(for: system) == nil)
    }

    @Test func untakenMessagesAreDroppedAtTheEndOfTheBlockAndIndicesRestart() throws {
        var dispatcher = IngressDispatcher()
        let system = dispatcher.subscribe(.systemEvent)
        dispatcher.dispatchBlock([Self.message(.systemEvent, 0), Self.message(.systemEvent, 1)])
        #expect(dispatcher.endBlock() == 2)
        #expect(try dispatcher.next(for: system) == nil)
        dispatcher.dispatchBlock([Self.message(.systemEvent, 2)])
        let delivery = try dispatcher.next(for: system)
        #expect(delivery?.index == 0)
        #expect(delivery?.message == Self.message(.systemEvent, 2))
    }

    @Test func aForeignSubscriptionIsRefused() {
        var dispatcher = IngressDispatcher()
        var other = IngressDispatcher()
        _ = other.subscribe(.systemEvent)
        let foreign = other.subscribe(.gatekeeperEvent)
        #expect(throws: MessagingError.unknownSubscription(1)) { try dispatcher.next(for: foreign) }
    }
}
