import JSONRPC
import Logging
import PhalaNode

/// A logger that drops everything, so test output stays readable.
let quietLogger = Logger(label: "phala.client.test") { _ in SwiftLogNoOpLogHandler() }

/// Runs an `RPCServer` for `methods` on a free loopback port for the duration of `body`.
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

/// Records whether a subscription's handler was cancelled (the client unsubscribed or left).
actor Ending {
    private var ended = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func markEnded() {
        ended = true
        for waiter in waiters { waiter.resume() }
        waiters = []
    }

    /// Suspends until `markEnded()` was called.
    func wait() async {
        if ended { return }
        await withCheckedContinuation { waiters.append($0) }
    }
}

/// The methods the client tests call: an echo, a failing call, a call that never answers, and a
/// subscription that sends `count` values then stays open until cancelled.
func clientTestMethods(ending: Ending = Ending()) -> RPCMethods {
    var methods = RPCMethods()
    methods.method("test_echo") { params in
        guard case .positional(let values) = params else { return .null }
        return .array(values)
    }
    methods.method("test_fail") { _ throws(RPCError) in
        throw .invalidParams("expected a 0x-prefixed hex string at position 0")
    }
    methods.method("test_never") { _ in
        try? await Task.sleep(for: .seconds(86_400))
        return .null
    }
    methods.subscription(subscribe: "test_subscribe", unsubscribe: "test_unsubscribe", notification: "test_value") {
        params,
        sink throws(RPCError) in
        let count = try params.unsignedInteger(at: 0)
        await sink.accept()
        for value in 0..<count { await sink.send(.integer(Int64(value))) }
        try? await Task.sleep(for: .seconds(86_400))
        await ending.markEnded()
    }
    return methods
}
