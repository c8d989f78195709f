import ArgumentParser
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala pool contribute`: buys pool shares with W-PHA (as a vault with `--as-vault`).
struct PoolContributeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contribute",
        abstract: "Buy shares of a stake pool with W-PHA (wrap PHA first with `phala pool wrap`).",
        discussion: """
            With --as-vault the signer (the vault's owner) invests the vault's W-PHA instead.
            Example: phala pool contribute --signer //Bob --pid 0 --amount 5000PHA
            """
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The pool id.") var pid: UInt64
    @Option(help: "The W-PHA to pay: 1.5PHA, \"1.5 PHA\" or whole planck.", transform: AmountArgument.parse)
    var amount: Balance
    @Option(help: "Invest as this vault (the signer owns it).") var asVault: UInt64?

    /// The call these flags describe.
    var call: StakePools.Call { .contribute(pid: pid, amount: amount, asVault: asVault) }

    func run() async throws { try await signing.submit(call) }
}
