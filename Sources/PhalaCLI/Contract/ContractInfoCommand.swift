import ArgumentParser
import JSONRPC
import PalletPhatContracts
import PalletRegistry
import PhalaPrimitives

/// `phala contract info`: what the chain records about a contract: its deployer, cluster and public key.
struct ContractInfoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show a contract's deployer, cluster and public key as the chain records them.",
        discussion: """
            Reads PhalaPhatContracts.Contracts[contract] (written by instantiate_contract) and \
            PhalaRegistry.ContractKeys[contract] (written when the cluster reports the instantiated contract; \
            absent until then). --output json prints one object with null for an unknown key.
            Example: phala contract info --contract 0x…
            """
    )

    @Option(help: "The contract id, 0x and 64 hex digits.") var contract: String
    @Option(help: "The output: text or json.") var output: OutputFormat = .text
    @OptionGroup var connection: ConnectionOptions

    /// What the chain knows about one contract.
    struct Report: Sendable, Hashable {
        /// The contract id.
        var contract: H256
        /// Who instantiated it.
        var deployer: AccountId32
        /// Its cluster.
        var cluster: H256
        /// Its sr25519 public key, once the cluster has reported it.
        var publicKey: FixedBytes<32>?

        /// Aligned `name value` lines.
        var text: String {
            [
                "contract  \(contract)", "deployer  \(deployer.ss58)", "cluster   \(cluster)",
                "pubkey    \(publicKey.map { $0.description } ?? "not reported by the cluster yet")",
            ].joined(separator: "\n")
        }

        /// One object; `pubkey` is null until reported.
        var json: JSONValue {
            [
                "contract": .string(contract.description), "deployer": .string(deployer.ss58),
                "cluster": .string(cluster.description), "pubkey": publicKey.map { .string($0.description) } ?? .null,
            ]
        }
    }

    func run() async throws {
        let contract = try ContractIdArgument.parse(contract, option: "--contract")
        let report = try await connection.withClient { client in
            try await Self.read(contract, from: try await ChainStorage(client: client))
        }
        StandardOutput.writeLine(output == .json ? report.json.description : report.text)
    }

    /// Reads a contract's record.
    /// - Parameters:
    ///   - contract: the contract id.
    ///   - storage: the reader.
    /// - Returns: the report.
    /// - Throws: `CommandError` when the chain has no such contract.
    static func read(_ contract: H256, from storage: ChainStorage) async throws -> Report {
        guard let info = try await storage.value(PhatContracts.Storage.contracts, contract) else {
            throw CommandError(
                "the chain has no contract \(contract); `phala contract instantiate` prints the id of a new one"
            )
        }
        return Report(
            contract: contract,
            deployer: info.deployer,
            cluster: info.cluster,
            publicKey: try await storage.value(Registry.Storage.contractKeys, contract)
        )
    }
}
