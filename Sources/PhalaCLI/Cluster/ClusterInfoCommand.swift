import ArgumentParser
import JSONRPC
import PalletPhatContracts
import PalletRegistry
import PhalaPrimitives

/// `phala cluster info`: what the chain records about a cluster: owner, permission, workers, key.
struct ClusterInfoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show a cluster's owner, permission, system contract, workers and public key.",
        discussion: """
            Reads PhalaPhatContracts.Clusters and ClusterWorkers, and PhalaRegistry.ClusterKeys (written when \
            the gatekeeper announces the cluster key; null until then).
            Example: phala cluster info --cluster 0x0000000000000000000000000000000000000000000000000000000000000001
            """
    )

    @Option(help: "The cluster id, 0x and 64 hex digits.") var cluster: String
    @Option(help: "The output: text or json.") var output: OutputFormat = .text
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let id = try ContractIdArgument.parse(cluster, option: "--cluster")
        let report = try await connection.withClient { client in
            let storage = try await ChainStorage(client: client)
            guard let info = try await storage.value(PhatContracts.Storage.clusters, id) else {
                throw CommandError("the chain has no cluster \(id); `phala cluster create` makes one")
            }
            let workers = try await storage.value(PhatContracts.Storage.clusterWorkers, id) ?? []
            let key = try await storage.value(Registry.Storage.clusterKeys, id)
            return Self.report(id: id, info: info, workers: workers, key: key)
        }
        StandardOutput.writeLine(output == .json ? report.description : Self.text(report))
    }

    /// The cluster as one JSON object.
    static func report(id: H256, info: ClusterInfo, workers: [FixedBytes<32>], key: FixedBytes<32>?) -> JSONValue {
        let permission: JSONValue =
            switch info.permission {
            case .public: "public"
            case .onlyOwner(let owner): .string("only " + owner.ss58)
            }
        return [
            "cluster": .string(id.description), "owner": .string(info.owner.ss58), "permission": permission,
            "systemContract": .string(info.systemContract.description),
            "workers": .array(workers.map { .string($0.description) }),
            "pubkey": key.map { .string($0.description) } ?? .null,
        ]
    }

    /// Aligned `name value` lines of `report`'s object.
    static func text(_ report: JSONValue) -> String {
        guard case .object(let fields) = report else { return report.description }
        return fields.map { member in
            let shown: String =
                switch member.value {
                case .string(let text): text
                case .array(let items): items.map { if case .string(let text) = $0 { text } else { $0.description } }.joined(separator: ", ")
                case .null: "not announced by the gatekeeper yet"
                default: member.value.description
                }
            return member.key + String(repeating: " ", count: max(1, 15 - member.key.count)) + shown
        }.joined(separator: "\n")
    }
}
