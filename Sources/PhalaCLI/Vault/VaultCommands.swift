import ArgumentParser
import JSONRPC
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala vault create`: creates a vault owned by the signer and prints its pid.
struct VaultCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a vault owned by the signer; prints `pid N`.",
        discussion: "Example: phala vault create --signer //Charlie"
    )

    @OptionGroup var signing: SigningOptions

    func run() async throws {
        let owner = try AccountId32(bytes: try signing.keyPair().publicKey)
        try await signing.submit(.createVault) { client, block in
            let pid = try await PoolCreation.pid(createdBy: owner, vault: true, in: block, through: client)
            StandardOutput.writeLine("pid \(pid)")
        }
    }
}

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
