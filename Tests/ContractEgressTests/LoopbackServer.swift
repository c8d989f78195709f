import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for egress tests.
///
/// `/hello` answers "hello" with an `X-Test` header, `/slow` answers after 2 s, `/large` answers 3000 bytes,
/// `/price` answers the JSON document `{"price": 1234.56}`; anything else is 404. The server answers on an
/// event-loop thread of its own, never on Swift's cooperative pool: under a full test run other suites keep
/// that pool busy for minutes, and a server waiting for it missed the egress deadline (CI run of stop 13).
enum LoopbackServer {
    /// Runs the server, calls `body` with its port, and stops the server when `body` returns or throws.
    static func with<T: Sendable>(_ body: @escaping @Sendable (Int) async throws -> T) async throws -> T {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let channel: any Channel
        do {
            channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { child in
                    child.eventLoop.makeCompletedFuture {
                        try child.pipeline.syncOperations.configureHTTPServerPipeline()
                        try child.pipeline.syncOperations.addHandler(Responder())
                    }
                }
                .bind(host: "127.0.0.1", port: 0).get()
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
        let outcome: Result<T, any Error>
        do {
            outcome = .success(try await body(channel.localAddress?.port ?? 0))
        } catch {
            outcome = .failure(error)
        }
        try? await channel.close()
        try? await group.shutdownGracefully()
        return try outcome.get()
    }

    /// Runs blocking work off the cooperative pool, so the calling test does not hold one of its threads.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}

/// Answers each request by its path once the request has been read in full.
private final class Responder: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private var request: HTTPRequestHead?

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): request = head
        case .body: break
        case .end:
            guard let head = request else { return }
            request = nil
            if head.uri == "/slow" {
                context.eventLoop.assumeIsolated().scheduleTask(in: .seconds(2)) {
                    self.respond(to: head, status: .ok, headers: [], body: "late", context: context)
                }
            } else {
                let (status, headers, body) = Self.answer(path: head.uri)
                respond(to: head, status: status, headers: headers, body: body, context: context)
            }
        }
    }

    /// The fixed answer for `path`.
    private static func answer(path: String) -> (HTTPResponseStatus, [(String, String)], String) {
        switch path {
        case "/hello": (.ok, [("X-Test", "yes")], "hello")
        case "/large": (.ok, [], String(repeating: "a", count: 3000))
        case "/price": (.ok, [("Content-Type", "application/json")], #"{"price": 1234.56}"#)
        default: (.notFound, [], "not found")
        }
    }

    /// Writes a complete response with its length, and closes the connection unless the client keeps it alive.
    private func respond(
        to head: HTTPRequestHead,
        status: HTTPResponseStatus,
        headers: [(String, String)],
        body: String,
        context: ChannelHandlerContext
    ) {
        var fields = HTTPHeaders(headers)
        fields.add(name: "Content-Length", value: String(body.utf8.count))
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: fields))),
            promise: nil
        )
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
        let keepAlive = head.isKeepAlive
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
            if !keepAlive { context.close(promise: nil) }
        }
    }
}
