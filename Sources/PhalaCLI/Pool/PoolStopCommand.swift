import ArgumentParser
import PalletStakePools
import PhalaPrimitives

/// `phala pool stop`: stops a computing worker; its stake cools down.
struct PoolStopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop",
        abstract: "Stop a computing worker; its stake cools down before `reclaim` (pool owner only).",
        discussion: "Example: phala pool stop --signer //Alice --pid 0 --worker 0x…"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The pool id.") var pid: UInt64
    @Option(help: "The worker's public key (0x + 64 hex digits).", transform: WorkerArgument.parse)
    var worker: FixedBytes<32>

    /// The call these flags describe.
    var call: StakePools.Call { .stopComputing(pid: pid, worker: worker) }

    func run() async throws { try await signing.submit(call) }
}
