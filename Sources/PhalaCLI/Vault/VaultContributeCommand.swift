import ArgumentParser
import JSONRPC
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala vault contribute`: buys vault shares with W-PHA.
struct VaultContributeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contribute",
        abstract: "Buy shares of a vault with W-PHA.",
        discussion: "Example: phala vault contribute --signer //Bob --pid 1 --amount 1000PHA"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The vault's pid.") var pid: UInt64
    @Option(help: "The W-PHA to pay: 1.5PHA, \"1.5 PHA\" or whole planck.", transform: AmountArgument.parse)
    var amount: Balance

    /// The call these flags describe.
    var call: StakePools.Call { .vaultContribute(pid: pid, amount: amount) }

    func run() async throws { try await signing.submit(call) }
}
