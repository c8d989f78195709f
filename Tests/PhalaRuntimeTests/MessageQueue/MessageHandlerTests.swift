import Messaging
import PalletMessageQueue
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing

/// Routing to handlers (phala-facts.md §5.4 step 6): every handler sees the message, a failing
/// handler's writes are rolled back and its error swallowed, and the message is consumed anyway.
@Suite struct MessageHandlerTests {
    static let seen = StorageValue<[Message]>(pallet: "Test", name: "Seen", default: [])

    /// Records every message, then fails when asked to.
    struct RecordingHandler: MessageHandler {
        let fails: Bool
        func handle(_ message: Message, in state: inout Overlay) throws(DispatchError) {
            try MessageHandlerTests.seen.append(message, in: &state)
            if fails { throw .other("refused") }
        }
    }

    @Test func handlersSeeEveryMessageAndAFailureOnlyUndoesItsOwnWrites() throws {
        var world = try TestRuntime.build()
        let queue = MessageQueue(
            index: PalletIndex.messageQueue,
            events: world.runtime.system,
            signers: GenesisMessageSigners(),
            handlers: [RecordingHandler(fails: true), RecordingHandler(fails: false)]
        )
        try queue.push([1], to: .registryEvent, from: "PhalaRegistry", in: &world.block.state)
        let message = Message(sender: .pallet("PhalaRegistry"), destination: .registryEvent, payload: [1])
        #expect(try Self.seen.value(in: &world.block.state) == [message])
    }
}
