import ArgumentParser
import PalletStakePools
import PhalaPrimitives

/// `phala pool start`: starts a worker computing with some of the pool's free stake.
struct PoolStartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a pool worker computing with --stake of the pool's free stake (pool owner only).",
        discussion: """
            The stake must be at least the minimum for the worker's score (phala worker status shows P).
            Example: phala pool start --signer //Alice --pid 0 --worker 0x… --stake 3000PHA
            """
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The pool id.") var pid: UInt64
    @Option(help: "The worker's public key (0x + 64 hex digits).", transform: WorkerArgument.parse)
    var worker: FixedBytes<32>
    @Option(help: "The stake: 1.5PHA, \"1.5 PHA\" or whole planck.", transform: AmountArgument.parse) var stake: Balance

    /// The call these flags describe.
    var call: StakePools.Call { .startComputing(pid: pid, worker: worker, stake: stake) }

    func run() async throws { try await signing.submit(call) }
}
