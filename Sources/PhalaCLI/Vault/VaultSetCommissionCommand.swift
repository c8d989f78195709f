import ArgumentParser
import JSONRPC
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala vault set-commission`: the owner's cut of the vault's price rise.
struct VaultSetCommissionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-commission",
        abstract: "Set the vault owner's commission (settles owner shares at the old rate first).",
        discussion: "Example: phala vault set-commission --signer //Charlie --pid 1 --commission 10%"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The vault's pid.") var pid: UInt64
    @Option(help: "The commission: a percentage such as 10% or 2.5%.", transform: CommissionArgument.parse)
    var commission: Permill

    /// The call these flags describe.
    var call: StakePools.Call { .setVaultPayoutPref(pid: pid, payoutCommission: commission) }

    func run() async throws { try await signing.submit(call) }
}
