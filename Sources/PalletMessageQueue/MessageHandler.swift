public import Messaging
public import RuntimeSupport

/// A pallet's reaction to messages on the topics it handles (Phala's `MessageRouter` entries, such as
/// `Registry.on_message_received`).
public protocol MessageHandler: Sendable {
    /// Handles one message; a message on a topic the handler does not know is ignored, not an error.
    /// - Parameters:
    ///   - message: the accepted message, its sender already authenticated.
    ///   - state: the block's state.
    /// - Throws: `DispatchError`; the message queue rolls back the handler's writes and goes on.
    func handle(_ message: Message, in state: inout Overlay) throws(DispatchError)
}
