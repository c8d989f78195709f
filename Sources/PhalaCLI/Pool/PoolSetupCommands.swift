import ArgumentParser
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala pool create`: creates a stake pool owned by the signer and prints its pid.
struct PoolCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a stake pool owned by the signer; prints `pid N`.",
        discussion: "Example: phala pool create --signer //Alice"
    )

    @OptionGroup var signing: SigningOptions

    func run() async throws {
        let owner = try AccountId32(bytes: try signing.keyPair().publicKey)
        try await signing.submit(.create) { client, block in
            let pid = try await PoolCreation.pid(createdBy: owner, vault: false, in: block, through: client)
            StandardOutput.writeLine("pid \(pid)")
        }
    }
}

/// `phala pool set-commission`: the owner's cut of the pool's rewards.
struct PoolSetCommissionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-commission",
        abstract: "Set the owner's commission on rewards (pool owner only).",
        discussion: "Example: phala pool set-commission --signer //Alice --pid 0 --commission 20%"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The pool id.") var pid: UInt64
    @Option(help: "The commission: a percentage such as 20% or 12.5%.", transform: CommissionArgument.parse)
    var commission: Permill

    /// The call these flags describe.
    var call: StakePools.Call { .setPayoutPref(pid: pid, payoutCommission: commission) }

    func run() async throws { try await signing.submit(call) }
}

/// `phala pool set-cap`: the most W-PHA the pool may hold.
struct PoolSetCapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-cap",
        abstract: "Cap the pool's total value (pool owner only; not below its current value).",
        discussion: "Example: phala pool set-cap --signer //Alice --pid 0 --cap 100000PHA"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The pool id.") var pid: UInt64
    @Option(help: "The cap: 1.5PHA, \"1.5 PHA\" or whole planck.", transform: AmountArgument.parse) var cap: Balance

    /// The call these flags describe.
    var call: StakePools.Call { .setCap(pid: pid, cap: cap) }

    func run() async throws { try await signing.submit(call) }
}

/// `phala pool add-worker`: adds a registered, benchmarked worker the owner operates.
struct PoolAddWorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-worker",
        abstract: "Add a worker to the pool and bind its computing session (owner, who must be its operator).",
        discussion: "Example: phala pool add-worker --signer //Alice --pid 0 --worker 0x…"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The pool id.") var pid: UInt64
    @Option(help: "The worker's public key (0x + 64 hex digits).", transform: WorkerArgument.parse)
    var worker: FixedBytes<32>

    /// The call these flags describe.
    var call: StakePools.Call { .addWorker(pid: pid, pubkey: worker) }

    func run() async throws { try await signing.submit(call) }
}

/// `phala pool remove-worker`: removes a worker that is not computing.
struct PoolRemoveWorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove-worker",
        abstract: "Remove a worker that is not computing from the pool (pool owner only).",
        discussion: "Example: phala pool remove-worker --signer //Alice --pid 0 --worker 0x…"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The pool id.") var pid: UInt64
    @Option(help: "The worker's public key (0x + 64 hex digits).", transform: WorkerArgument.parse)
    var worker: FixedBytes<32>

    /// The call these flags describe.
    var call: StakePools.Call { .removeWorker(pid: pid, worker: worker) }

    func run() async throws { try await signing.submit(call) }
}
