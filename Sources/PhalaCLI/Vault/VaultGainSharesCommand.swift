import ArgumentParser
import JSONRPC
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala vault gain-shares`: settles the owner's commission shares at the current price.
struct VaultGainSharesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gain-shares",
        abstract: "Pay the vault owner's commission in new shares up to the current price (vault owner only).",
        discussion: "Example: phala vault gain-shares --signer //Charlie --pid 1"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The vault's pid.") var pid: UInt64

    /// The call these flags describe.
    var call: StakePools.Call { .maybeGainOwnerShares(vaultPid: pid) }

    func run() async throws { try await signing.submit(call) }
}
