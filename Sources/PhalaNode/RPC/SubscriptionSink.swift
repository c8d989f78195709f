public import JSONRPC
import Synchronization

/// Where a subscription handler pushes its notifications, until the client unsubscribes or disconnects.
///
/// The subscribe call is answered with `id` exactly once: at `accept()`, at the first `send(_:)` (the reply
/// then goes out before the notification), or when the handler returns without having sent anything.
/// After the subscription ends, `send(_:)` drops values silently; handlers stop by cancellation, so a
/// loop over an async sequence ends on its own.
public final class SubscriptionSink: Sendable {
    private enum State {
        case pending
        case accepted
        case closed(wasAccepted: Bool)
    }

    /// The subscription id the client sees in the subscribe reply and in every notification.
    public let id: String
    private let notification: String
    private let requestID: JSONValue
    private let write: @Sendable (JSONValue) async -> Void
    private let state = Mutex(State.pending)

    /// Creates the sink for the subscribe call `requestID`, writing messages through `write`.
    init(id: String, notification: String, requestID: JSONValue, write: @escaping @Sendable (JSONValue) async -> Void) {
        self.id = id
        self.notification = notification
        self.requestID = requestID
        self.write = write
    }

    /// Answers the subscribe call with the subscription id, if that has not happened yet.
    ///
    /// Call it once the parameters are checked when the first notification may take a while.
    public func accept() async {
        let shouldReply = state.withLock { state in
            guard case .pending = state else { return false }
            state = .accepted
            return true
        }
        if shouldReply { await write(Response(id: requestID, result: .success(.string(id))).json) }
    }

    /// Sends one notification carrying `result` (accepting the subscription first if needed).
    /// - Parameter result: the notification's payload, e.g. a header's JSON.
    public func send(_ result: JSONValue) async {
        await accept()
        guard isActive else { return }
        await write(Notification(method: notification, subscription: id, result: result).json)
    }

    /// Whether notifications still reach the client (false once it unsubscribed or disconnected).
    public var isActive: Bool {
        state.withLock { state in
            if case .closed = state { false } else { true }
        }
    }

    /// Ends the subscription; returns whether the subscribe call had been answered with the id.
    @discardableResult
    func close() -> Bool {
        state.withLock { state in
            switch state {
            case .pending: state = .closed(wasAccepted: false); return false
            case .accepted: state = .closed(wasAccepted: true); return true
            case .closed(let wasAccepted): return wasAccepted
            }
        }
    }
}
