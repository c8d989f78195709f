import Hummingbird
import JSONRPC
import NIOCore

extension RPCServer {
    /// Answers one HTTP POST: a request or a batch in the body, the reply in the response body.
    ///
    /// A body over `maxFrameSize` gets status 413 and a -32007 error; a request without an id (a
    /// notification) gets 204 and no body.
    func answer(_ request: Hummingbird.Request) async throws -> Hummingbird.Response {
        let body: ByteBuffer
        do {
            var request = request
            body = try await request.collectBody(upTo: configuration.maxFrameSize)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            let rejection = RPCError(
                code: RPCError.Code.oversizedRequest,
                message: "Request is too big",
                data: .string("the body exceeds the limit of \(configuration.maxFrameSize) bytes")
            )
            return Self.json(JSONRPC.Response(id: .null, result: .failure(rejection)).json, status: .contentTooLarge)
        }
        let limits = JSONValue.ParsingLimits(maxBytes: configuration.maxFrameSize)
        let reply: JSONValue?
        switch RequestMessage(parsing: body.readableBytesView, limits: limits) {
        case .invalid(let rejection): reply = rejection.response.json
        case .single(let call): reply = await dispatcher.respond(to: call)?.json
        case .batch(let entries):
            let replies = await dispatcher.respond(toBatch: entries)
            reply = replies.isEmpty ? nil : .array(replies.map { $0.json })
        }
        guard let reply else { return Hummingbird.Response(status: .noContent) }
        return Self.json(reply, status: .ok)
    }

    private static func json(_ value: JSONValue, status: HTTPResponse.Status) -> Hummingbird.Response {
        Hummingbird.Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: value.serialized()))
        )
    }
}
