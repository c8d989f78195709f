import ArgumentParser
import JSONRPC
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala vault withdraw`: queues a withdrawal of vault shares.
struct VaultWithdrawCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw vault shares: paid from the vault's free W-PHA, the rest waits in its queue.",
        discussion: "Example: phala vault withdraw --signer //Bob --pid 1 --shares 1000PHA"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The vault's pid.") var pid: UInt64
    @Option(help: "The shares: 1.5PHA-style or whole units.", transform: AmountArgument.parse) var shares: Balance

    /// The call these flags describe.
    var call: StakePools.Call { .vaultWithdraw(pid: pid, shares: shares) }

    func run() async throws { try await signing.submit(call) }
}
