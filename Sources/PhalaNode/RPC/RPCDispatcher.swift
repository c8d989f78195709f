import JSONRPC
import Logging

/// Calls the registered methods for parsed requests and builds the replies; shared by HTTP and WebSocket.
///
/// Subscriptions need a connection that can push messages, so this type only answers plain methods and
/// rejects subscription names with an error telling the client to use WebSocket; `WebSocketSession`
/// intercepts them before they get here.
struct RPCDispatcher: Sendable {
    let methods: RPCMethods
    let maxBatchSize: Int
    let logger: Logger

    /// The reply to `request`, or `nil` when it is a notification (no id), which gets none.
    func respond(to request: Request) async -> Response? {
        let result = await call(request)
        guard let id = request.id else { return nil }
        return Response(id: id, result: result)
    }

    /// The result of calling `request`'s method.
    func call(_ request: Request) async -> Result<JSONValue, RPCError> {
        switch methods.entry(request.method) {
        case .method(let handler)?:
            do {
                return .success(try await handler(request.params))
            } catch {
                logger.debug(
                    "RPC call failed",
                    metadata: ["rpc.method": "\(request.method)", "rpc.error.code": "\(error.code)"]
                )
                return .failure(error)
            }
        case .subscribe?, .unsubscribe?:
            return .failure(Self.needsWebSocket(request.method))
        case nil:
            return .failure(.methodNotFound(request.method))
        }
    }

    /// The replies to a batch, in the batch's order, computed concurrently; notifications get none.
    ///
    /// Subscriptions cannot be answered inside a batch and get an error each. A batch longer than
    /// `maxBatchSize` is refused as a whole with a single error.
    func respond(toBatch entries: [Result<Request, InvalidRequest>]) async -> [Response] {
        guard entries.count <= maxBatchSize else {
            let error = RPCError(
                code: RPCError.Code.batchTooLarge,
                message: "The batch request was too large",
                data: .string(
                    "a batch of \(entries.count) requests exceeds the limit of \(maxBatchSize); send fewer at once"
                )
            )
            return [Response(id: .null, result: .failure(error))]
        }
        let replies = await withTaskGroup(of: (Int, Response?).self) { group in
            for (index, entry) in entries.enumerated() {
                group.addTask {
                    switch entry {
                    case .failure(let rejection): return (index, rejection.response)
                    case .success(let request):
                        switch methods.entry(request.method) {
                        case .subscribe?, .unsubscribe?:
                            let error = RPCError.invalidRequest(
                                "\(request.method) is a subscription and cannot be batched; send it on its own"
                            )
                            return (index, request.id.map { Response(id: $0, result: .failure(error)) })
                        default:
                            return (index, await respond(to: request))
                        }
                    }
                }
            }
            var replies = [Response?](repeating: nil, count: entries.count)
            for await (index, reply) in group { replies[index] = reply }
            return replies
        }
        return replies.compactMap { $0 }
    }

    /// The error for a subscription name called where notifications cannot be delivered.
    static func needsWebSocket(_ method: String) -> RPCError {
        RPCError(
            code: RPCError.Code.methodNotFound,
            message: "Subscriptions need a WebSocket connection",
            data: .string("\(method) is a subscription method: connect with ws:// instead of http:// to use it")
        )
    }
}
