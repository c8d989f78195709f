import Logging
import PhalaNode

/// A logger that drops everything, so test output stays readable.
let quietLogger = Logger(label: "phala.cli.test") { _ in SwiftLogNoOpLogHandler() }

/// Runs an `RPCServer` for scripted `methods` on a free loopback port for the duration of `body`.
func withServer(_ methods: RPCMethods, _ body: (_ url: String) async throws -> Void) async throws {
    let (ports, announce) = AsyncStream<Int>.makeStream()
    let server = RPCServer(configuration: RPCServer.Configuration(port: 0), methods: methods, logger: quietLogger) {
        _,
        port in
        announce.yield(port)
    }
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await server.run() }
        var listening = ports.makeAsyncIterator()
        guard let port = await listening.next() else { return }
        try await body("ws://127.0.0.1:\(port)")
        group.cancelAll()
    }
}
