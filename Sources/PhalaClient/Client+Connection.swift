import HummingbirdWSClient
import JSONRPC
import Logging
import Synchronization

extension Client {
    /// Opens the WebSocket, writes queued frames and routes incoming messages until either side closes.
    func maintainConnection(sending frames: AsyncStream<String>) async {
        let socketConfiguration = WebSocketClientConfiguration(
            maxFrameSize: configuration.maxFrameSize,
            closeTimeout: .seconds(2)
        )
        let socket = WebSocketClient(url: url, configuration: socketConfiguration, logger: logger) {
            inbound,
            outbound,
            _ in
            self.markConnected()
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await frame in frames {
                        do {
                            try await outbound.write(.text(frame))
                        } catch {
                            return
                        }
                    }
                }
                group.addTask {
                    do {
                        for try await message in inbound.messages(maxSize: self.configuration.maxFrameSize) {
                            guard case .text(let text) = message else {
                                self.logger.debug("Ignored a binary WebSocket message")
                                continue
                            }
                            self.receive(text)
                        }
                    } catch {
                        self.logger.debug("WebSocket read ended", metadata: ["error": "\(error)"])
                    }
                }
                await group.next()
                group.cancelAll()
            }
        }
        do {
            try await socket.run()
            markClosed(.disconnected(url))
        } catch {
            let wasConnecting = state.withLock { state in
                if case .connecting = state.phase { true } else { false }
            }
            markClosed(wasConnecting ? .couldNotConnect(url, reason: "\(error)") : .disconnected(url))
        }
    }

    /// Waits until the WebSocket is open.
    /// - Throws: `ClientError.couldNotConnect` when it failed or did not open within `connectTimeout`.
    func waitUntilConnected() async throws(ClientError) {
        let opened: Void? = await withTimeout(configuration.connectTimeout) {
            await withCheckedContinuation { continuation in
                let ready = self.state.withLock { state in
                    guard case .connecting = state.phase else { return true }
                    state.connectionWaiters.append(continuation)
                    return false
                }
                if ready { continuation.resume() }
            }
        }
        let phase = state.withLock { $0.phase }
        switch phase {
        case .connected: return
        case .closed(let error): throw error
        case .connecting:
            if opened == nil, Task.isCancelled { throw .cancelled("connect") }
            let error = ClientError.couldNotConnect(
                url,
                reason: "no WebSocket handshake within \(configuration.connectTimeout)"
            )
            markClosed(error)
            throw error
        }
    }

    /// Queues `frame` and waits for the reply with `id`; cancellation answers `.cancelled` at once.
    func send(_ frame: String, awaitingReplyTo id: Int64, method: String) async -> Result<JSONValue, ClientError> {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let failure = state.withLock { state -> ClientError? in
                    if case .closed(let error) = state.phase { return error }
                    if Task.isCancelled { return .cancelled(method) }
                    state.pending[id] = ConnectionState.PendingCall(method: method, continuation: continuation)
                    return nil
                }
                if let failure {
                    continuation.resume(returning: .failure(failure))
                } else if case .terminated = frames.yield(frame) {
                    resumeCall(id, with: .failure(.disconnected(url)))
                }
            }
        } onCancel: {
            resumeCall(id, with: .failure(.cancelled(method)))
        }
    }

    /// Routes one message from the node to the call or subscription it belongs to.
    func receive(_ text: String) {
        let message: ServerMessage
        do {
            message = try ServerMessage(
                parsing: text.utf8,
                limits: JSONValue.ParsingLimits(maxBytes: configuration.maxFrameSize)
            )
        } catch {
            logger.warning("Ignored a malformed message from the node", metadata: ["error": "\(error)"])
            return
        }
        switch message {
        case .response(let response):
            guard let id = response.id.int64 else {
                logger.debug("Ignored a reply without an integer id", metadata: ["rpc.id": "\(response.id)"])
                return
            }
            let method = state.withLock { $0.pending[id]?.method } ?? ""
            resumeCall(id, with: response.result.mapError { .server(method, $0) })
        case .notification(let notification):
            deliver(notification)
        }
    }

    private func deliver(_ notification: Notification) {
        let overflowed = state.withLock { state -> ConnectionState.Subscription? in
            guard let subscription = state.subscriptions[notification.subscription] else {
                if !state.keepEarlyNotification(notification.result, for: notification.subscription) {
                    logger.debug(
                        "Dropped a notification for an unknown subscription",
                        metadata: ["rpc.subscription": "\(notification.subscription)"]
                    )
                }
                return nil
            }
            guard case .dropped = subscription.continuation.yield(notification.result) else { return nil }
            return subscription
        }
        if let overflowed {
            overflowed.continuation.finish(
                throwing: ClientError.subscriptionOverflow(
                    overflowed.method,
                    limit: configuration.subscriptionBufferSize
                )
            )
            endSubscription(notification.subscription, unsubscribeMethod: overflowed.unsubscribe)
        }
    }

    /// Ends subscription `id`, if it is still live: finishes its stream and, while connected, tells the
    /// node with `unsubscribeMethod` (the reply is not awaited). Later calls for the same id do nothing.
    func endSubscription(_ id: String, unsubscribeMethod: String) {
        let ended = state.withLock { state -> (ConnectionState.Subscription, Int64?)? in
            guard let subscription = state.subscriptions.removeValue(forKey: id) else { return nil }
            guard case .connected = state.phase else { return (subscription, nil) }
            state.lastID += 1
            return (subscription, state.lastID)
        }
        guard let (subscription, requestID) = ended else { return }
        subscription.continuation.finish()
        guard let requestID else { return }
        let request = Request(id: .integer(requestID), method: unsubscribeMethod, params: .positional([.string(id)]))
        frames.yield(String(decoding: request.json.serialized(), as: UTF8.self))
    }

    private func resumeCall(_ id: Int64, with result: Result<JSONValue, ClientError>) {
        let call = state.withLock { $0.pending.removeValue(forKey: id) }
        call?.continuation.resume(returning: result)
    }

    private func markConnected() {
        let waiters = state.withLock { state in
            if case .connecting = state.phase { state.phase = .connected }
            defer { state.connectionWaiters = [] }
            return state.connectionWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Closes the client for good: fails waiting calls and ends subscriptions with `error`.
    private func markClosed(_ error: ClientError) {
        let (waiters, calls, subscriptions) = state.withLock { state in
            if case .closed = state.phase {} else { state.phase = .closed(error) }
            defer {
                state.connectionWaiters = []
                state.pending = [:]
                state.subscriptions = [:]
            }
            return (state.connectionWaiters, Array(state.pending.values), Array(state.subscriptions.values))
        }
        frames.finish()
        for waiter in waiters { waiter.resume() }
        for call in calls { call.continuation.resume(returning: .failure(error)) }
        for subscription in subscriptions { subscription.continuation.finish(throwing: error) }
    }
}
