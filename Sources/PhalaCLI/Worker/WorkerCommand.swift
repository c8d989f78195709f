import ArgumentParser
import ContractEgress
import Logging
import PhalaCrypto
import ServiceLifecycle
import UnixSignals
import WorkerHost
import WorkerRuntime

/// `phala worker run` (the default of `phala worker`): a worker's enclave (pRuntime) and its host,
/// following a node.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a worker: a pRuntime enclave fed by a host that follows a node's finality.",
        discussion: """
            The host initializes the enclave from the chain's genesis (or resumes it from the sealed \
            checkpoint in --base-path), feeds it justified headers and proven block changes up to the \
            node's finalized head, relays the messages the enclave signs as PhalaMq.sync_offchain_message \
            extrinsics, and submits PhalaRegistry.register_worker_v2 signed by --operator until the chain \
            has registered the worker. Once the HTTP API is bound, stdout gets one line, `Worker HTTP API \
            listening on http://HOST:PORT`; logs (including "synced to #N") go to stderr. The API serves \
            GET /info (JSON status), GET /health (200 when within 2 blocks of the node's finalized head, \
            else 503) and GET /metrics (Prometheus text).
            """
    )

    @Option(help: "The node's WebSocket RPC URL: the chain to follow and where the worker's extrinsics go.")
    var node = "ws://127.0.0.1:9944"

    @Option(
        name: .customLong("operator"),
        help: """
            Secret URI of the operator's sr25519 key, e.g. //Alice: the worker's operator account, which \
            signs (and pays for) the registration extrinsic.
            """
    )
    var operatorURI: String

    @Option(
        help: """
            The directory for the enclave's sealed files (identity, pinned genesis, checkpoints), created \
            if missing; reusing it resumes the same worker.
            """
    )
    var basePath: String

    @Option(
        help: "The TEE to run the enclave on: software (development only; it protects nothing).",
        transform: TEEKind.parse
    )
    var tee: TEEKind

    @Option(help: "The address the worker's HTTP API binds.")
    var httpHost = "127.0.0.1"

    @Option(help: "The worker's HTTP API port; 0 picks a free one.")
    var httpPort = 8000

    @Option(help: "Blocks between sealed checkpoints, from which a restart resumes (0: never checkpoint).")
    var checkpointInterval: UInt32 = 100

    @Flag(help: "Let contract queries reach loopback and private addresses; for development only (refused by default).")
    var allowPrivateEgress = false

    @Option(
        help:
            "Least severe level logged to stderr: trace, debug, info, notice, warning, error, critical (default: info).",
        transform: NodeOptions.logLevel
    )
    var logLevel: Logger.Level = .info

    func validate() throws {
        guard (0...65535).contains(httpPort) else {
            throw ValidationError("--http-port \(httpPort) is not a TCP port; use 0…65535 (0 picks a free one)")
        }
        guard node.hasPrefix("ws://") || node.hasPrefix("wss://") else {
            throw ValidationError("--node \(node) is not a WebSocket URL; use ws://host:port, e.g. ws://127.0.0.1:9944")
        }
    }

    /// The line printed on stdout once the HTTP API is bound; scripts and tests wait for it.
    static func listeningLine(host: String, port: Int) -> String {
        "Worker HTTP API listening on http://\(host):\(port)"
    }

    /// The operator's sr25519 key from `--operator`.
    /// - Throws: `CommandError` when the URI is not a secret URI.
    func operatorKey() throws -> KeyPair {
        do { return try KeyPair(uri: operatorURI, scheme: .sr25519) } catch {
            throw CommandError("--operator needs a secret URI such as //Alice or a BIP39 phrase: \(error)")
        }
    }

    /// The relay's configuration these flags describe; no I/O.
    var relayConfiguration: ChainRelay.Configuration { ChainRelay.Configuration(nodeURL: node) }

    /// The HTTP API's configuration these flags describe; no I/O.
    var apiConfiguration: WorkerAPI.Configuration { WorkerAPI.Configuration(host: httpHost, port: httpPort) }

    /// The enclave's configuration these flags describe; no I/O.
    var runtimeConfiguration: PRuntime.Configuration {
        PRuntime.Configuration(dataDirectory: basePath, checkpointInterval: checkpointInterval)
    }

    func run() async throws {
        let key = try operatorKey()
        try DataDirectory.create(basePath)
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let egress = HTTPEgressClient(configuration: .init(allowPrivateNetworks: allowPrivateEgress))
        defer { try? egress.shutdown() }
        let enclave: PRuntime
        var configuration = runtimeConfiguration
        configuration.httpEgress = egress
        do { enclave = try PRuntime(configuration: configuration) } catch {
            throw CommandError("cannot open the enclave's sealed data in \(basePath): \(error)")
        }
        let worker = Worker(
            enclave: enclave,
            operator: key,
            relay: relayConfiguration,
            api: apiConfiguration,
            onAPIListening: { host, port in StandardOutput.writeLine(Self.listeningLine(host: host, port: port)) }
        )
        let group = ServiceGroup(
            services: worker.services,
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Logger(label: "phala.cli")
        )
        do {
            try await group.run()
        } catch {
            throw CommandError("the worker stopped: \(error)")
        }
    }
}
