import Foundation
import Hummingbird
import Logging
import NIOCore

/// A Hummingbird server on 127.0.0.1 with an ephemeral port, for egress tests.
///
/// `/hello` answers "hello" with an `X-Test` header, `/slow` answers after 2 s, `/large` answers 3000 bytes,
/// `/price` answers the JSON document `{"price": 1234.56}`.
enum LoopbackServer {
    /// Runs the server, calls `body` with its port, and stops the server when `body` returns.
    static func with<T: Sendable>(_ body: @escaping @Sendable (Int) async throws -> T) async throws -> T {
        let router = Router()
        router.get("/hello") { _, _ in
            Response(status: .ok, headers: [.init("X-Test")!: "yes"], body: ResponseBody(byteBuffer: ByteBuffer(string: "hello")))
        }
        router.get("/slow") { _, _ -> String in
            try await Task.sleep(for: .seconds(2))
            return "late"
        }
        router.get("/large") { _, _ in
            ByteBuffer(repeating: 0x61, count: 3000)
        }
        router.get("/price") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"price": 1234.56}"#)))
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) },
            logger: Self.quietLogger
        )
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await application.run()
                return nil
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw CancellationError() }
            let result = try await body(port)
            group.cancelAll()
            return result
        }
    }

    /// Stopping the server by cancellation logs an error; the tests expect that and keep it quiet.
    private static let quietLogger: Logger = {
        var logger = Logger(label: "phala.test.loopback")
        logger.logLevel = .critical
        return logger
    }()

    /// Runs blocking work off the cooperative pool, so the server's tasks keep running meanwhile.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
