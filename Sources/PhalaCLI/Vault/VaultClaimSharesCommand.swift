import ArgumentParser
import JSONRPC
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala vault claim-shares`: gives the owner's commission shares to an account.
struct VaultClaimSharesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim-shares",
        abstract: "Give --shares of the vault owner's commission shares to --target, the signer by default.",
        discussion: "Example: phala vault claim-shares --signer //Charlie --pid 1 --shares 1PHA"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The vault's pid.") var pid: UInt64
    @Option(help: "The shares: 1.5PHA-style or whole units.", transform: AmountArgument.parse) var shares: Balance
    @Option(help: "Who receives them: an SS58 address, 0x account id or secret URI.") var target: String?

    /// The call these flags describe.
    func call() throws -> StakePools.Call {
        let receiver = try AccountArgument.resolve(target ?? signing.signer, scheme: signing.scheme)
        return .claimOwnerShares(vaultPid: pid, target: receiver, shares: shares)
    }

    func run() async throws { try await signing.submit(try call()) }
}
