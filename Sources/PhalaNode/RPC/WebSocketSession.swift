import HummingbirdWebSocket
import JSONRPC
import Logging
import NIOCore
import Synchronization

/// Serves JSON-RPC on one WebSocket connection: calls run concurrently, subscriptions live until
/// unsubscribed or disconnected.
///
/// Each text (or binary) message holds one request or one batch. Calls are answered as they finish, so
/// replies may leave in a different order than requests arrived; clients match them by id. At most
/// `maxConcurrentCallsPerConnection` calls run at once: the reader waits for one to finish before taking
/// the next message, which pushes back on a client that pipelines faster than the node answers.
/// A message larger than `maxFrameSize` closes the connection with WebSocket close code 1009 (message
/// too big); that is done by the WebSocket layer before the message reaches this type.
final class WebSocketSession: Sendable {
    private struct ActiveSubscription {
        let kind: RPCMethods.Subscription
        let sink: SubscriptionSink
        let stop: AsyncStream<Never>.Continuation
    }

    private struct Table {
        var issued: UInt64 = 0
        var active: [String: ActiveSubscription] = [:]
    }

    private let dispatcher: RPCDispatcher
    private let configuration: RPCServer.Configuration
    private let outbound: WebSocketOutboundWriter
    private let logger: Logger
    private let table = Mutex(Table())

    init(
        dispatcher: RPCDispatcher,
        configuration: RPCServer.Configuration,
        outbound: WebSocketOutboundWriter,
        logger: Logger
    ) {
        self.dispatcher = dispatcher
        self.configuration = configuration
        self.outbound = outbound
        self.logger = logger
    }

    /// Reads messages until the client closes, then cancels what is still running.
    func run(inbound: WebSocketInboundStream) async {
        let limits = JSONValue.ParsingLimits(maxBytes: configuration.maxFrameSize)
        await withDiscardingTaskGroup { subscriptions in
            await withTaskGroup(of: Void.self) { calls in
                var running = 0
                do {
                    for try await message in inbound.messages(maxSize: configuration.maxFrameSize) {
                        if running >= configuration.maxConcurrentCallsPerConnection {
                            await calls.next()
                            running -= 1
                        }
                        let parsed: RequestMessage
                        switch message {
                        case .text(let text): parsed = RequestMessage(parsing: text.utf8, limits: limits)
                        case .binary(let buffer):
                            parsed = RequestMessage(parsing: buffer.readableBytesView, limits: limits)
                        }
                        if case .single(let request) = parsed,
                            case .subscribe(let kind)? = dispatcher.methods.entry(request.method)
                        {
                            if case let (sink, stop)? = await open(kind, for: request) {
                                subscriptions.addTask {
                                    await self.serve(kind, request: request, sink: sink, stop: stop)
                                }
                            }
                            continue
                        }
                        calls.addTask { await self.answer(parsed) }
                        running += 1
                    }
                } catch {
                    logger.debug("WebSocket read ended", metadata: ["error": "\(error)"])
                }
                calls.cancelAll()
            }
            closeAllSubscriptions()
        }
    }

    /// Answers one message that is not a subscribe call.
    private func answer(_ message: RequestMessage) async {
        switch message {
        case .invalid(let rejection):
            await send(rejection.response.json)
        case .batch(let entries):
            let replies = await dispatcher.respond(toBatch: entries)
            if !replies.isEmpty { await send(.array(replies.map(\.json))) }
        case .single(let request):
            if case .unsubscribe(let kind)? = dispatcher.methods.entry(request.method) {
                let result = Result { () throws(RPCError) in try unsubscribe(kind, params: request.params) }
                if let id = request.id { await send(Response(id: id, result: result).json) }
            } else if let reply = await dispatcher.respond(to: request) {
                await send(reply.json)
            }
        }
    }

    /// Registers a new subscription of `kind`, or answers why it cannot start; `nil` when it will not run.
    private func open(
        _ kind: RPCMethods.Subscription,
        for request: Request
    ) async -> (SubscriptionSink, AsyncStream<Never>)? {
        guard let requestID = request.id else { return nil }
        let (stop, stopper) = AsyncStream<Never>.makeStream()
        let sink = table.withLock { table -> SubscriptionSink? in
            guard table.active.count < configuration.maxSubscriptionsPerConnection else { return nil }
            table.issued += 1
            let hex = String(table.issued, radix: 16)
            let id = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
            let sink = SubscriptionSink(id: id, notification: kind.notification, requestID: requestID) {
                [self] message in
                await send(message)
            }
            table.active[id] = ActiveSubscription(kind: kind, sink: sink, stop: stopper)
            return sink
        }
        guard let sink else {
            let error = RPCError(
                code: RPCError.Code.tooManySubscriptions,
                message: "Too many subscriptions on the connection",
                data: .string(
                    "the limit is \(configuration.maxSubscriptionsPerConnection); unsubscribe from some first"
                )
            )
            await send(Response(id: requestID, result: .failure(error)).json)
            return nil
        }
        return (sink, stop)
    }

    /// Runs a subscription's handler until it returns, the client unsubscribes or the connection closes.
    private func serve(
        _ kind: RPCMethods.Subscription,
        request: Request,
        sink: SubscriptionSink,
        stop: AsyncStream<Never>
    ) async {
        let outcome = await withTaskGroup(of: Result<Void, RPCError>?.self) { group in
            group.addTask {
                do throws(RPCError) {
                    try await kind.handler(request.params, sink)
                    return .success(())
                } catch {
                    return .failure(error)
                }
            }
            group.addTask {
                for await _ in stop {}
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        table.withLock { table in
            if table.active[sink.id]?.sink === sink { table.active[sink.id] = nil }
        }
        switch outcome {
        case .success?:
            await sink.accept()
            sink.close()
        case .failure(let error)?:
            if !sink.close(), let id = request.id {
                await send(Response(id: id, result: .failure(error)).json)
            } else {
                logger.debug(
                    "Subscription ended with an error",
                    metadata: ["rpc.method": "\(kind.subscribe)", "rpc.error.code": "\(error.code)"]
                )
            }
        case nil:
            sink.close()
        }
    }

    /// Ends the subscription named by the first parameter; `false` when this connection has no such
    /// subscription of `kind`.
    private func unsubscribe(_ kind: RPCMethods.Subscription, params: Params) throws(RPCError) -> JSONValue {
        let id = Notification.subscriptionID(try params.required(at: 0))
        let ended = table.withLock { table -> ActiveSubscription? in
            guard let id, let active = table.active[id], active.kind.subscribe == kind.subscribe else { return nil }
            table.active[id] = nil
            return active
        }
        guard let ended else { return .bool(false) }
        ended.sink.close()
        ended.stop.finish()
        return .bool(true)
    }

    private func closeAllSubscriptions() {
        let all = table.withLock { table in
            defer { table.active = [:] }
            return Array(table.active.values)
        }
        for subscription in all {
            subscription.sink.close()
            subscription.stop.finish()
        }
    }

    /// Writes one message as a text frame. A reply too large to send is replaced by a -32008 error for the
    /// same id; an oversized notification is dropped and logged. Write failures mean the connection is
    /// closing and are ignored.
    private func send(_ message: JSONValue) async {
        var bytes = message.serialized()
        if bytes.count > configuration.maxFrameSize {
            logger.warning("RPC message exceeds the frame limit", metadata: ["rpc.message.bytes": "\(bytes.count)"])
            guard let id = message["id"] ?? (message.array == nil ? nil : .null) else { return }
            let error = RPCError(
                code: RPCError.Code.oversizedResponse,
                message: "Response is too big",
                data: .string(
                    "the response has \(bytes.count) bytes, more than the limit of \(configuration.maxFrameSize)"
                )
            )
            bytes = Response(id: id, result: .failure(error)).json.serialized()
        }
        do {
            try await outbound.write(.text(String(decoding: bytes, as: UTF8.self)))
        } catch {
            logger.debug("WebSocket write failed", metadata: ["error": "\(error)"])
        }
    }
}
