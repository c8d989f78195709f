import Hummingbird
import HummingbirdWebSocket
import JSONRPC
public import Logging
import NIOCore
public import ServiceLifecycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Serves the node's JSON-RPC API over HTTP POST and WebSocket on one port, as Substrate nodes do.
///
/// A WebSocket upgrade on any path opens a session: text frames carrying one request (or one batch)
/// each, calls answered concurrently and matched by id, subscriptions pushed as notifications. A POST to
/// `/` answers one request or batch in the response body; subscriptions there get an error saying to use
/// WebSocket. No `Origin` header is checked (browsers and websocket-client send one), and the server sends
/// no pings: websocket-client answers pings only while it reads, so pings would drop idle
/// substrate-interface sessions.
///
/// Bad input never stops the server: malformed JSON is answered with -32700, an invalid request with
/// -32600, an unknown method with -32601, and the connection keeps serving. A WebSocket message over
/// `maxFrameSize` closes that connection with WebSocket close code 1009 (message too big), because the
/// WebSocket layer refuses the frame before it is read; an HTTP body over the limit gets status 413 with
/// a -32007 error. The server is a `Service`: run it in a `ServiceGroup`, and graceful shutdown closes
/// the listener and the open connections.
public struct RPCServer: Service {
    let configuration: Configuration
    let dispatcher: RPCDispatcher
    private let logger: Logger
    private let onListening: @Sendable (_ host: String, _ port: Int) async -> Void

    /// Creates a server answering `methods` plus `rpc_methods`, which lists every registered name.
    /// - Parameters:
    ///   - configuration: address and limits.
    ///   - methods: the methods and subscriptions to serve; must not register `rpc_methods` itself.
    ///   - logger: where the server logs (the node passes one labelled `phala.node.rpc`).
    ///   - onListening: called once the socket is bound, with the host and the actual port (useful with port 0).
    public init(
        configuration: Configuration = Configuration(),
        methods: RPCMethods,
        logger: Logger,
        onListening: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
    ) {
        var methods = methods
        let names = (methods.names + ["rpc_methods"]).sorted()
        methods.method("rpc_methods") { _ in ["methods": .array(names.map(JSONValue.string))] }
        self.configuration = configuration
        self.dispatcher = RPCDispatcher(methods: methods, maxBatchSize: configuration.maxBatchSize, logger: logger)
        self.logger = logger
        self.onListening = onListening
    }

    /// Listens and serves until graceful shutdown or cancellation.
    /// - Throws: when the address cannot be bound (for example the port is in use).
    public func run() async throws {
        let router = Router()
        router.post("/") { request, _ in try await self.answer(request) }
        let webSocket = WebSocketServerConfiguration(
            maxFrameSize: configuration.maxFrameSize,
            autoPing: .disabled,
            validateUTF8: false
        )
        let application = Application(
            router: router,
            server: .http1WebSocketUpgrade(configuration: .init(ws: webSocket)) { _, _, _ in
                .upgrade([:]) { inbound, outbound, _ in
                    let session = WebSocketSession(
                        dispatcher: dispatcher,
                        configuration: configuration,
                        outbound: outbound,
                        logger: logger
                    )
                    await session.run(inbound: inbound)
                }
            },
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                availableConnectionsDelegate: .maximum(configuration.maxConnections, logger: logger)
            ),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                logger.info(
                    "RPC server listening",
                    metadata: ["rpc.host": "\(configuration.host)", "rpc.port": "\(port)"]
                )
                await onListening(configuration.host, port)
            },
            logger: logger
        )
        do {
            try await application.run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw AddressInUse(host: configuration.host, port: configuration.port)
        }
    }

    /// The RPC address is taken by another process (often another node).
    public struct AddressInUse: Error, CustomStringConvertible {
        /// The address that could not be bound.
        public let host: String
        /// The port that is taken.
        public let port: Int

        /// What went wrong and what to do.
        public var description: String {
            "the RPC address \(host):\(port) is already in use: is another node running? stop it, or choose another port with --rpc-port"
        }
    }
}
