import ArgumentParser
import JSONRPC
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala vault check-force-withdraw`: pays the vault's queue, force-shutting it down when a withdrawal expired.
struct VaultCheckForceWithdrawCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-force-withdraw",
        abstract: "Pay the vault's withdraw queue; withdraw from its pools and lock it if a request expired.",
        discussion: "Example: phala vault check-force-withdraw --signer //Bob --pid 1"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The vault's pid.") var pid: UInt64

    /// The call these flags describe.
    var call: StakePools.Call { .vaultCheckAndMaybeForceWithdraw(vaultPid: pid) }

    func run() async throws { try await signing.submit(call) }
}
