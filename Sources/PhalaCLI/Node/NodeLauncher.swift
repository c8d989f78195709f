import Logging
import PhalaNode
import ServiceLifecycle
import UnixSignals

/// Runs a node the way `phala dev` and `phala node` do: logs to stderr, announces the RPC address on
/// stdout, and shuts down gracefully on SIGINT or SIGTERM.
enum NodeLauncher {
    /// The line printed on stdout once the RPC socket is bound; scripts wait for it.
    static func listeningLine(host: String, port: Int) -> String {
        "RPC listening on ws://\(host):\(port)"
    }

    /// Completes `configuration` with stdout announcement and a stderr logger, then runs the node (and
    /// `phala dev`'s workers, if given) in a service group until a shutdown signal.
    /// - Parameters:
    ///   - configuration: the node's configuration.
    ///   - logLevel: the least severe level logged.
    ///   - workers: workers to run beside the node, told its RPC address once it listens.
    /// - Throws: `CommandError` when the node fails to start or stops with an error.
    static func run(_ configuration: NodeConfiguration, logLevel: Logger.Level, workers: DevWorkers? = nil) async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = logLevel
            return handler
        }
        var configuration = configuration
        configuration.logger = Logger(label: "phala.node")
        configuration.onRPCListening = { host, port in
            StandardOutput.writeLine(listeningLine(host: host, port: port))
            workers?.nodeListening(host: host, port: port)
        }
        let group = ServiceGroup(
            services: [Node(configuration: configuration)] + (workers.map { [$0] } ?? []),
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Logger(label: "phala.cli")
        )
        do {
            try await group.run()
        } catch {
            throw CommandError("the node stopped: \(error)")
        }
    }
}
