import Synchronization

/// Fans chain events out to any number of subscribers (RPC subscriptions, the transaction pool).
///
/// Each subscriber gets its own stream with a bounded buffer: a subscriber that falls more than
/// `bufferSize` events behind loses the oldest ones rather than holding the importer back.
public final class ChainEvents: Sendable {
    private struct State {
        var nextID = 0
        var continuations: [Int: AsyncStream<ChainEvent>.Continuation] = [:]
    }

    private let state = Mutex(State())
    private let bufferSize: Int

    /// Creates a broadcaster whose subscribers buffer up to `bufferSize` events each.
    public init(bufferSize: Int = 256) {
        self.bufferSize = bufferSize
    }

    /// A stream of every event published from now on; it ends when the subscriber stops iterating.
    public func subscribe() -> AsyncStream<ChainEvent> {
        let (stream, continuation) = AsyncStream<ChainEvent>.makeStream(bufferingPolicy: .bufferingNewest(bufferSize))
        let id = state.withLock { state in
            let id = state.nextID
            state.nextID += 1
            state.continuations[id] = continuation
            return id
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.continuations.removeValue(forKey: id) }
        }
        return stream
    }

    /// Delivers `event` to every current subscriber.
    public func publish(_ event: ChainEvent) {
        let continuations = state.withLock { Array($0.continuations.values) }
        for continuation in continuations { continuation.yield(event) }
    }

    /// Ends every subscriber's stream (at node shutdown).
    public func finish() {
        let continuations = state.withLock { state in
            defer { state.continuations.removeAll() }
            return Array(state.continuations.values)
        }
        for continuation in continuations { continuation.finish() }
    }
}
