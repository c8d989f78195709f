public import EnclaveAPI
import Hummingbird
import JSONRPC
public import Logging
import NIOCore
public import ServiceLifecycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Serves the worker's HTTP API: `GET /info`, `GET /health`, `GET /metrics` and
/// `POST /contracts/query`.
///
/// - `/info`: JSON with the enclave's status (public key, registration, gatekeeper role, finalized,
///   dispatched and checkpoint blocks, initial score, master key) and the relay's progress
///   (`resumedFromCheckpoint`, `startBlock`, `blocksVerifiedSinceStart`, the node's finalized block).
/// - `/health`: 200 `{"status":"synced"}` when the relay is connected and the enclave's finalized
///   block is within `Configuration.syncedLag` blocks of the node's, else 503 with the lag (or
///   `"node unreachable"`, `"starting"`).
/// - `/metrics`: Prometheus text (`phala_worker_*`).
/// - `/contracts/query`: an encrypted, signed Phat Contract query in, the encrypted answer out, both
///   SCALE bytes the host passes through unread (see `contractQuery(_:)`).
///
/// Every answer asks the enclave for its status; when the enclave refuses, the answer is 503 with
/// the refusal. A `Service`: graceful shutdown closes the listener.
public struct WorkerAPI: Service {
    let configuration: Configuration
    let enclave: EnclaveClient
    let progress: RelayProgress
    private let logger: Logger
    private let onListening: @Sendable (_ host: String, _ port: Int) async -> Void

    /// Creates the API server.
    /// - Parameters:
    ///   - enclave: the worker's enclave (the same one the relay feeds).
    ///   - progress: the relay's counters.
    ///   - configuration: address and thresholds.
    ///   - logger: where the server logs (the CLI passes `phala.worker.api`).
    ///   - onListening: called once the socket is bound, with the host and the actual port.
    public init(
        enclave: any Enclave,
        progress: RelayProgress,
        configuration: Configuration = Configuration(),
        logger: Logger,
        onListening: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
    ) {
        self.enclave = EnclaveClient(enclave)
        self.progress = progress
        self.configuration = configuration
        self.logger = logger
        self.onListening = onListening
    }

    /// Listens and serves until graceful shutdown or cancellation.
    /// - Throws: `AddressInUse` when another process holds the port, or the server's error when the
    ///   address cannot be bound otherwise.
    public func run() async throws {
        let router = Router()
        router.get("/info") { _, _ in await self.info() }
        router.get("/health") { _, _ in await self.health() }
        router.get("/metrics") { _, _ in await self.metrics() }
        router.post("/contracts/query") { request, _ in await self.contractQuery(request) }
        router.get("/contracts/:id") { _, context in await self.contractState(id: context.parameters.get("id") ?? "") }
        let application = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                logger.info(
                    "Worker HTTP API listening",
                    metadata: ["http.host": "\(configuration.host)", "http.port": "\(port)"]
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

    /// The API's address is taken by another process (often another worker).
    public struct AddressInUse: Error, CustomStringConvertible {
        /// The address that could not be bound.
        public let host: String
        /// The port that is taken.
        public let port: Int

        /// What went wrong and what to do.
        public var description: String {
            "the worker HTTP API address \(host):\(port) is already in use: is another worker running? stop it, or choose another port with --http-port"
        }
    }

    private func info() async -> Response {
        do {
            return Self.json(
                WorkerReport.info(status: try await enclave.status(), progress: progress.snapshot),
                status: .ok
            )
        } catch {
            return Self.unavailable(error)
        }
    }

    private func health() async -> Response {
        do {
            let status = try await enclave.status()
            let (synced, body) = WorkerReport.health(
                status: status,
                progress: progress.snapshot,
                syncedLag: configuration.syncedLag
            )
            return Self.json(body, status: synced ? .ok : .serviceUnavailable)
        } catch {
            return Self.unavailable(error)
        }
    }

    private func metrics() async -> Response {
        do {
            let text = WorkerReport.metrics(status: try await enclave.status(), progress: progress.snapshot)
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: text))
            )
        } catch {
            return Self.unavailable(error)
        }
    }

    private static func unavailable(_ error: EnclaveError) -> Response {
        json(["status": "unavailable", "error": .string(error.description)], status: .serviceUnavailable)
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: value.serialized()))
        )
    }
}
