import ArgumentParser
import Logging
import PhalaClient

/// `--url`: the node a client command talks to.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "The node's WebSocket RPC URL.")
    var url = "ws://127.0.0.1:9944"

    /// Connects, runs `body`, then closes the connection. The client logs warnings to stderr only.
    /// - Throws: `ClientError` (its message says to start a node with `phala dev` when nothing listens),
    ///   or what `body` throws.
    func withClient<Result: Sendable>(_ body: (Client) async throws -> Result) async throws -> Result {
        var logger = Logger(label: "phala.client") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .warning
        return try await Client.withConnection(to: url, logger: logger, body)
    }
}
