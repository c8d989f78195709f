import ArgumentParser
import Foundation
import JSONRPC
import PalletComputation
import PalletRegistry
import PalletStakePools
import PhalaPrimitives

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `phala worker status`: a worker's computing session from the chain and, optionally, its enclave.
struct WorkerStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show a worker's registration, session state, V, P, last challenge, rewards, stake and pool.",
        discussion: """
            Read from the chain (PhalaRegistry.Workers, PhalaComputation.WorkerBindings/Sessions/Stakes, \
            PhalaStakePoolv2.WorkerAssignments). With --api, also the enclave's computing view from the \
            worker's GET /info (state, session id, heartbeats sent, last challenge block, V, P_instant, \
            unresponsive, owed heartbeats).
            Example: phala worker status --worker 0x… --api http://127.0.0.1:8000 --output json
            """
    )

    @Option(help: "The worker's public key (0x + 64 hex digits).", transform: WorkerArgument.parse)
    var worker: FixedBytes<32>
    @Option(help: "The worker's HTTP API, e.g. http://127.0.0.1:8000, to include the enclave's view.")
    var api: String?
    @Option(help: "The output: text or json.") var output: OutputFormat = .text
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        var report = try await connection.withClient { client in
            try await Self.read(worker: worker, from: try await ChainStorage(client: client))
        }
        if let api { report.enclave = try await Self.enclaveComputing(api: api) }
        print(output == .json ? report.json.description : report.text)
    }

    /// Reads the chain's part of the report.
    /// - Parameters:
    ///   - worker: the worker's public key.
    ///   - storage: the reader.
    /// - Returns: the report without the enclave's view.
    static func read(worker: FixedBytes<32>, from storage: ChainStorage) async throws -> WorkerStatusReport {
        let registration = try await storage.value(Registry.Storage.workers, worker)
        let session = try await storage.value(Computation.Storage.workerBindings, worker)
        var report = WorkerStatusReport(
            worker: worker,
            registered: registration != nil,
            operatorAccount: registration?.operator,
            initialScore: registration?.initialScore,
            pid: try await storage.value(StakePools.Storage.workerAssignments, worker)
        )
        if let session {
            report.session = session
            report.sessionInfo = try await storage.value(Computation.Storage.sessions, session)
            report.stake = try await storage.value(Computation.Storage.stakes, session)
        }
        return report
    }

    /// The `computing` member of `GET <api>/info`.
    /// - Throws: `CommandError` when the API cannot be reached or answers something else.
    static func enclaveComputing(api: String) async throws -> JSONValue {
        guard let url = URL(string: api.hasSuffix("/") ? api + "info" : api + "/info") else {
            throw CommandError("--api \(api) is not a URL such as http://127.0.0.1:8000")
        }
        let data: Data
        do { (data, _) = try await URLSession.shared.data(from: url) } catch {
            throw CommandError("the worker API at \(url) did not answer (\(error)); is `phala worker` running there?")
        }
        guard let info = try? JSONValue(parsing: [UInt8](data)), let computing = info["computing"] else {
            throw CommandError("\(url) did not answer a worker's /info with a computing member")
        }
        return computing
    }
}
