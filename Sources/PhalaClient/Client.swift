public import JSONRPC
public import Logging
import Synchronization

/// A JSON-RPC connection to a node over WebSocket: calls matched by id, subscriptions as async streams.
///
/// Open one with `withConnection(to:configuration:clock:logger:_:)`; the connection lives for the body's
/// duration and closes when it returns. Calls may run concurrently from many tasks: each gets a fresh
/// integer id and waits for the reply with that id, within `Configuration.requestTimeout` measured on
/// the injected clock. This type is the transport only; typed chain calls are built on `request(_:_:)`.
///
/// ```swift
/// let hash = try await Client.withConnection(to: "ws://127.0.0.1:9944") { client in
///     try await client.request("chain_getBlockHash", [0])
/// }
/// ```
public final class Client: Sendable {
    /// The node's WebSocket URL, e.g. `ws://127.0.0.1:9944`.
    public let url: String
    let configuration: Configuration
    let clock: any Clock<Duration>
    let logger: Logger
    let frames: AsyncStream<String>.Continuation
    let state = Mutex(ConnectionState())

    private init(
        url: String,
        configuration: Configuration,
        clock: any Clock<Duration>,
        logger: Logger,
        frames: AsyncStream<String>.Continuation
    ) {
        self.url = url
        self.configuration = configuration
        self.clock = clock
        self.logger = logger
        self.frames = frames
    }

    /// Connects to `url`, runs `body` with the connected client, then closes the connection.
    /// - Parameters:
    ///   - url: a `ws://` or `wss://` URL, e.g. `ws://127.0.0.1:9944`.
    ///   - configuration: timeouts and limits.
    ///   - clock: the clock timeouts are measured on (tests pass a manual one).
    ///   - logger: where the client logs.
    ///   - body: the work to do while connected.
    /// - Returns: what `body` returns.
    /// - Throws: `ClientError` (`.invalidURL`, `.couldNotConnect`) when the connection cannot be opened,
    ///   or whatever `body` throws.
    public static func withConnection<Result: Sendable>(
        to url: String,
        configuration: Configuration = Configuration(),
        clock: any Clock<Duration> = ContinuousClock(),
        logger: Logger = Logger(label: "phala.client"),
        _ body: (Client) async throws -> Result
    ) async throws -> Result {
        guard url.hasPrefix("ws://") || url.hasPrefix("wss://"), url.split(separator: "/").count >= 2 else {
            throw ClientError.invalidURL(url)
        }
        let (stream, frames) = AsyncStream<String>.makeStream()
        let client = Client(url: url, configuration: configuration, clock: clock, logger: logger, frames: frames)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.maintainConnection(sending: stream) }
            do {
                try await client.waitUntilConnected()
                let result = try await body(client)
                frames.finish()
                try await group.waitForAll()
                return result
            } catch {
                frames.finish()
                group.cancelAll()
                throw error
            }
        }
    }

    /// Calls `method` with positional `params` and returns its result.
    /// - Parameters:
    ///   - method: the method name, e.g. `chain_getHeader`.
    ///   - params: the positional parameters.
    /// - Returns: the `result` of the reply (which may be `.null`).
    /// - Throws: `ClientError`: `.server` with the node's `rpcError`, `.timedOut`, `.disconnected`,
    ///   `.cancelled`.
    public func request(_ method: String, _ params: [JSONValue] = []) async throws(ClientError) -> JSONValue {
        let id = state.withLock { state in
            state.lastID += 1
            return state.lastID
        }
        let request = Request(id: .integer(id), method: method, params: .positional(params))
        let frame = String(decoding: request.json.serialized(), as: UTF8.self)
        let outcome = await withTimeout(configuration.requestTimeout) {
            await self.send(frame, awaitingReplyTo: id, method: method)
        }
        guard let outcome else {
            throw Task.isCancelled ? .cancelled(method) : .timedOut(method, after: configuration.requestTimeout)
        }
        return try outcome.get()
    }

    /// Subscribes with `method` and returns the notifications' results as they arrive.
    ///
    /// Notifications that arrive before the subscribe reply are kept and delivered first. Cancelling the
    /// iterating task, or dropping the subscription (for example by breaking out of the loop), sends
    /// `unsubscribeMethod` with the subscription id. See `Subscription` for how iteration ends.
    /// - Parameters:
    ///   - method: the subscribe method, e.g. `chain_subscribeNewHeads`.
    ///   - params: its positional parameters.
    ///   - unsubscribeMethod: the matching unsubscribe method, e.g. `chain_unsubscribeNewHeads`.
    /// - Returns: the notifications.
    /// - Throws: `ClientError` when the subscribe call fails (see `request(_:_:)`) or its reply is not an id.
    public func subscribe(_ method: String, _ params: [JSONValue] = [], unsubscribe unsubscribeMethod: String)
        async throws(ClientError) -> Subscription
    {
        let reply = try await request(method, params)
        guard let id = Notification.subscriptionID(reply) else {
            throw .malformedResponse(method, "expected a subscription id, got \(reply)")
        }
        let (stream, continuation) = AsyncThrowingStream<JSONValue, any Error>.makeStream(
            bufferingPolicy: .bufferingOldest(configuration.subscriptionBufferSize)
        )
        continuation.onTermination = { termination in
            if case .cancelled = termination { self.endSubscription(id, unsubscribeMethod: unsubscribeMethod) }
        }
        let failure = state.withLock { state -> ClientError? in
            if case .closed(let error) = state.phase { return error }
            state.subscriptions[id] = ConnectionState.Subscription(
                method: method,
                unsubscribe: unsubscribeMethod,
                continuation: continuation
            )
            for early in state.takeEarlyNotifications(for: id) { continuation.yield(early) }
            return nil
        }
        if let failure { throw failure }
        return Subscription(
            id: id,
            stream: stream,
            lease: Lease(client: self, id: id, unsubscribeMethod: unsubscribeMethod)
        )
    }

    /// Runs `operation` against a timer on the injected clock; `nil` when the timer (or cancellation) won.
    func withTimeout<Value: Sendable>(_ timeout: Duration, _ operation: @escaping @Sendable () async -> Value) async
        -> Value?
    {
        await withTaskGroup(of: Value?.self) { group in
            group.addTask { await operation() }
            group.addTask {
                try? await self.clock.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }
}
