import ArgumentParser
import Foundation
import PhalaNode
import PhalaRuntime

/// `phala dev`: a one-authority development chain that authors and finalizes a block every `--block-time`,
/// with a gatekeeper and a compute worker running beside it.
struct DevCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: "Run a development network: a chain Alice authors and finalizes, a gatekeeper and a compute worker.",
        discussion: """
            The chain is ChainSpec.development(): Alice, Bob, Charlie, Dave, Eve, Ferdie and ed25519 //Alice \
            hold 1,000,000 PHA each. It keeps its data in --base-path (default \
            $XDG_DATA_HOME/phala-swift/chains/dev or ~/.local/share/phala-swift/chains/dev) and continues \
            from there on restart; --tmp starts a fresh chain that is deleted at exit. Once the RPC socket \
            is bound, stdout gets one line, `RPC listening on ws://HOST:PORT`; logs go to stderr.

            Beside the node run two workers on the software TEE, each a pRuntime enclave fed by its own \
            host over RPC (as `phala worker` does): a gatekeeper and a compute worker, both operated by //Alice \
            (so Alice's stake pool can add the compute worker). Both register themselves; Alice's sudo key then appoints the gatekeeper, which \
            generates the master key and publishes its public key; the compute worker's benchmark sets its \
            initial score. Their HTTP APIs (any free port) are announced on stdout as `Gatekeeper HTTP API \
            listening on …` and `Compute worker HTTP API listening on …`; their sealed data lives in \
            <base-path>/workers. --no-workers runs the chain alone; --no-compute-worker runs only the \
            gatekeeper, for a compute worker of your own (`phala worker --operator //Alice …`).
            """
    )

    @Flag(help: "Keep the chain in a temporary directory, deleted when the node stops.")
    var tmp = false

    @Option(help: "The directory for the chain's database (created if missing).")
    var basePath: String?

    @Flag(help: "Run the chain alone, without the gatekeeper and the compute worker.")
    var noWorkers = false

    @Flag(help: "Run the gatekeeper but not the compute worker (start your own with `phala worker`).")
    var noComputeWorker = false

    @Flag(help: "Let contract queries on the dev workers reach loopback and private addresses (refused by default).")
    var allowPrivateEgress = false

    @OptionGroup var options: NodeOptions

    func validate() throws {
        if tmp, basePath != nil { throw ValidationError("--tmp and --base-path exclude each other; pick one") }
        if noWorkers, noComputeWorker {
            throw ValidationError("--no-workers already leaves out the compute worker; pass only one of them")
        }
    }

    /// Where the chain lives: a temporary directory, `--base-path`, or the default dev directory.
    func storage(environment: [String: String] = ProcessInfo.processInfo.environment) -> NodeConfiguration.Storage {
        if tmp { return .temporary }
        return .directory(basePath ?? Self.defaultBasePath(environment: environment))
    }

    /// `$XDG_DATA_HOME/phala-swift/chains/dev`, else `$HOME/.local/share/phala-swift/chains/dev`.
    static func defaultBasePath(environment: [String: String]) -> String {
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/phala-swift/chains/dev" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/phala-swift/chains/dev"
    }

    /// The node configuration these flags describe; no I/O.
    func nodeConfiguration() throws -> NodeConfiguration {
        NodeConfiguration(
            chainSpec: try ChainSpec.development(),
            storage: storage(),
            blockTime: options.blockTime,
            author: try NodeConfiguration.Author.development(),
            rpc: options.rpc
        )
    }

    func run() async throws {
        let configuration = try nodeConfiguration()
        var workers: DevWorkers?
        switch configuration.storage {
        case .directory(let path):
            try DataDirectory.create(path)
            workers = DevWorkers(storage: .directory(path), runsComputeWorker: !noComputeWorker, allowPrivateEgress: allowPrivateEgress)
        case .temporary:
            workers = DevWorkers(storage: .temporary, runsComputeWorker: !noComputeWorker, allowPrivateEgress: allowPrivateEgress)
        }
        try await NodeLauncher.run(configuration, logLevel: options.logLevel, workers: noWorkers ? nil : workers)
    }
}
