import ArgumentParser
import JSONRPC
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala vault info`: a vault's record, free W-PHA, investments and one account's shares.
struct VaultInfoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show a vault: owner, commission, checkpoint, owner shares, pools invested in, shares, value, price.",
        discussion: "Example: phala vault info --pid 1 --account //Bob --output json"
    )

    @Option(help: "The vault's pid.") var pid: UInt64
    @Option(help: "Also show this account's position: an SS58 address, 0x account id or secret URI.")
    var account: String?
    @Option(help: "The output: text or json.") var output: OutputFormat = .text
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let account = try account.map { try AccountArgument.resolve($0, scheme: .sr25519) }
        let report = try await connection.withClient { client in
            try await PoolInfoCommand.read(pid: pid, account: account, from: try await ChainStorage(client: client))
        }
        guard case .vault = report.pool else {
            throw CommandError("pid \(pid) is a stake pool; use `phala pool info --pid \(pid)`")
        }
        print(output == .json ? report.json.description : report.text)
    }
}
