import HummingbirdWSClient
import JSONRPC
import Logging
import PhalaNode

/// A logger that drops everything, so test output stays readable.
let quietLogger = Logger(label: "phala.node.rpc.test") { _ in SwiftLogNoOpLogHandler() }

/// Runs an `RPCServer` for `methods` on a free loopback port for the duration of `body`.
func withServer(
    _ methods: RPCMethods, configuration: RPCServer.Configuration = RPCServer.Configuration(port: 0),
    _ body: (_ port: Int) async throws -> Void
) async throws {
    let (ports, announce) = AsyncStream<Int>.makeStream()
    let server = RPCServer(configuration: configuration, methods: methods, logger: quietLogger) { _, port in announce.yield(port) }
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await server.run() }
        var listening = ports.makeAsyncIterator()
        guard let port = await listening.next() else { return }
        try await body(port)
        group.cancelAll()
    }
}

/// One WebSocket connection driven frame by frame, for tests that need to send bytes no client would.
struct RawSocket {
    let outbound: WebSocketOutboundWriter
    var inbound: WebSocketInboundMessageStream.AsyncIterator

    /// Sends `text` as one text frame.
    func send(_ text: String) async throws {
        try await outbound.write(.text(text))
    }

    /// The next message parsed as JSON, or `nil` when the server closed the connection.
    mutating func receive() async throws -> JSONValue? {
        guard let message = try await inbound.next() else { return nil }
        guard case .text(let text) = message else { throw RawSocketError(reason: "the server sent a binary frame") }
        return try JSONValue(parsing: text)
    }

    /// Sends `request` and returns the next message.
    mutating func call(_ request: String) async throws -> JSONValue? {
        try await send(request)
        return try await receive()
    }
}

/// A test-side surprise in the raw WebSocket exchange.
struct RawSocketError: Error {
    let reason: String
}

/// Opens a raw WebSocket to `port` and runs `body` on it; returns the close frame the server sent, if any.
@discardableResult
func withRawSocket(port: Int, _ body: @escaping @Sendable (inout RawSocket) async throws -> Void) async throws -> WebSocketCloseFrame? {
    let client = WebSocketClient(url: "ws://127.0.0.1:\(port)", configuration: .init(maxFrameSize: 32 << 20), logger: quietLogger) {
        inbound, outbound, _ in
        var socket = RawSocket(outbound: outbound, inbound: inbound.messages(maxSize: 32 << 20).makeAsyncIterator())
        try await body(&socket)
    }
    return try await client.run()
}

/// Methods shared by the server tests: an echo with aliases, a hex reader, a failing call, a gate that
/// blocks until released (to prove calls run concurrently) and a counting subscription that stays open
/// until the gate opens.
func testMethods(gate: Gate = Gate()) -> RPCMethods {
    var methods = RPCMethods()
    methods.method("test_echo", aliases: ["test_echoAlias"]) { params in
        guard case .positional(let values) = params else { return .null }
        return .array(values)
    }
    methods.method("test_byteCount") { params throws(RPCError) in
        .integer(Int64(try params.hexBytes(at: 0).count))
    }
    methods.method("test_fail") { _ throws(RPCError) in
        throw .invalidTransaction("Transaction has a bad signature")
    }
    methods.method("test_wait") { _ in
        await gate.wait()
        return "released"
    }
    methods.method("test_release") { _ in
        await gate.open()
        return true
    }
    methods.subscription(
        subscribe: "test_subscribeCount", subscribeAliases: ["test_subscribeCountAlias"], unsubscribe: "test_unsubscribeCount",
        notification: "test_count"
    ) { params, sink throws(RPCError) in
        let limit = try params.unsignedInteger(at: 0)
        await sink.accept()
        for value in 0..<limit {
            await sink.send(.integer(Int64(value)))
        }
        await gate.wait()
    }
    return methods
}

/// A one-shot barrier: `wait()` suspends until someone calls `open()` or the waiting task is cancelled.
actor Gate {
    private var isOpen = false
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0

    /// Suspends until the gate opens or the task is cancelled.
    func wait() async {
        if isOpen { return }
        let ticket = nextWaiter
        nextWaiter += 1
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled { continuation.resume() } else { waiters[ticket] = continuation }
            }
        } onCancel: {
            Task { await self.release(ticket) }
        }
    }

    /// Opens the gate for every present and future waiter.
    func open() {
        isOpen = true
        for waiter in waiters.values { waiter.resume() }
        waiters = [:]
    }

    private func release(_ ticket: Int) {
        waiters.removeValue(forKey: ticket)?.resume()
    }
}
