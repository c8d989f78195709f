import JSONRPC

/// Everything a `Client` tracks about its connection, guarded by the client's mutex.
struct ConnectionState {
    /// Where the connection is in its life.
    enum Phase {
        case connecting
        case connected
        case closed(ClientError)
    }

    /// A call waiting for its reply.
    struct PendingCall {
        let method: String
        let continuation: CheckedContinuation<Result<JSONValue, ClientError>, Never>
    }

    /// A live subscription and where its notifications go.
    struct Subscription {
        let method: String
        let unsubscribe: String
        let continuation: AsyncThrowingStream<JSONValue, any Error>.Continuation
    }

    /// The most notifications kept for subscription ids whose subscribe reply has not arrived yet.
    static let earlyNotificationLimit = 256

    var phase = Phase.connecting
    var connectionWaiters: [CheckedContinuation<Void, Never>] = []
    var lastID: Int64 = 0
    var pending: [Int64: PendingCall] = [:]
    var subscriptions: [String: Subscription] = [:]
    private var early: [String: [JSONValue]] = [:]
    private var earlyCount = 0

    /// Keeps a notification for a subscription id not known yet; `false` when the buffer is full.
    mutating func keepEarlyNotification(_ result: JSONValue, for id: String) -> Bool {
        guard earlyCount < Self.earlyNotificationLimit else { return false }
        early[id, default: []].append(result)
        earlyCount += 1
        return true
    }

    /// Removes and returns the notifications kept for `id`, oldest first.
    mutating func takeEarlyNotifications(for id: String) -> [JSONValue] {
        let kept = early.removeValue(forKey: id) ?? []
        earlyCount -= kept.count
        return kept
    }
}
