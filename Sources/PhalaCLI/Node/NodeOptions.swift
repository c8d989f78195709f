import ArgumentParser
import Logging
import PhalaNode

/// The flags `phala dev` and `phala node` share: block time, RPC address and log level.
struct NodeOptions: ParsableArguments {
    @Option(
        help: "Seconds between authored blocks, a decimal such as 0.5 (default: 1).",
        transform: BlockTimeArgument.parse
    )
    var blockTime: Duration = .seconds(1)

    @Option(help: "The JSON-RPC port for WebSocket and HTTP; 0 picks a free one.")
    var rpcPort: Int = 9944

    @Flag(help: "Listen for RPC on every interface (0.0.0.0) instead of only 127.0.0.1.")
    var rpcExternal = false

    @Option(
        help:
            "Least severe level logged to stderr: trace, debug, info, notice, warning, error, critical (default: info).",
        transform: NodeOptions.logLevel
    )
    var logLevel: Logger.Level = .info

    func validate() throws {
        guard (0...65535).contains(rpcPort) else {
            throw ValidationError("--rpc-port \(rpcPort) is not a TCP port; use 0…65535 (0 picks a free one)")
        }
    }

    /// The RPC listener these flags describe.
    var rpc: RPCServer.Configuration {
        RPCServer.Configuration(
            host: rpcExternal ? RPCServer.Configuration.allInterfacesHost : RPCServer.Configuration.loopbackHost,
            port: rpcPort
        )
    }

    /// Reads a swift-log level name.
    static func logLevel(_ text: String) throws -> Logger.Level {
        guard let level = Logger.Level(rawValue: text.lowercased()) else {
            let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw CommandError("--log-level \(text) is not a level; use one of \(names)")
        }
        return level
    }
}
