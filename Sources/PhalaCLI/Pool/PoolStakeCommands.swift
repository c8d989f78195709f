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

/// `phala pool claim`: the owner takes the collected commission.
struct PoolClaimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim",
        abstract: "Send the pool owner's collected commission (W-PHA) to --target, the signer by default.",
        discussion: "Example: phala pool claim --signer //Alice --pid 0"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The pool id.") var pid: UInt64
    @Option(help: "Who receives the W-PHA: an SS58 address, 0x account id or secret URI.") var target: String?

    /// The call these flags describe.
    func call() throws -> StakePools.Call {
        let receiver = try AccountArgument.resolve(target ?? signing.signer, scheme: signing.scheme)
        return .claimOwnerRewards(pid: pid, target: receiver)
    }

    func run() async throws { try await signing.submit(try call()) }
}

/// `phala pool wrap`: locks PHA and mints as much W-PHA, the token pools take.
struct PoolWrapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wrap",
        abstract: "Wrap PHA into W-PHA (1:1), the token stake pools and vaults take.",
        discussion: "Example: phala pool wrap --signer //Bob --amount 5000PHA"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The PHA to wrap: 1.5PHA, \"1.5 PHA\" or whole planck.", transform: AmountArgument.parse)
    var amount: Balance

    /// The call these flags describe.
    var call: StakePools.Call { .wrap(amount: amount) }

    func run() async throws { try await signing.submit(call) }
}

/// `phala pool unwrap`: burns W-PHA and returns as much PHA.
struct PoolUnwrapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unwrap",
        abstract: "Unwrap W-PHA back into PHA: --amount, or --all of the signer's W-PHA.",
        discussion: "Example: phala pool unwrap --signer //Bob --all"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The W-PHA to unwrap: 1.5PHA, \"1.5 PHA\" or whole planck.", transform: AmountArgument.parse)
    var amount: Balance?
    @Flag(help: "Unwrap all of the signer's W-PHA.") var all = false

    func validate() throws {
        guard (amount == nil) == all else { throw ValidationError("give either --amount or --all") }
    }

    /// The call these flags describe.
    var call: StakePools.Call { amount.map { .unwrap(amount: $0) } ?? .unwrapAll }

    func run() async throws { try await signing.submit(call) }
}
