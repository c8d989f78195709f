import ArgumentParser
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala pool withdraw`: queues a withdrawal of shares, paid as free stake allows.
struct PoolWithdrawCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw shares: paid at once from free stake, the rest waits in the pool's queue.",
        discussion: """
            --shares is written like an amount (shares have 12 decimals); `phala pool info --account` shows them.
            Example: phala pool withdraw --signer //Bob --pid 0 --shares 5000PHA
            """
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The pool id.") var pid: UInt64
    @Option(help: "The shares: 1.5PHA-style or whole units.", transform: AmountArgument.parse) var shares: Balance
    @Option(help: "Withdraw as this vault (the signer owns it).") var asVault: UInt64?

    /// The call these flags describe.
    var call: StakePools.Call { .withdraw(pid: pid, shares: shares, asVault: asVault) }

    func run() async throws { try await signing.submit(call) }
}
