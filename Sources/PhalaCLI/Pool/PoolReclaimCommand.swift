import ArgumentParser
import PalletStakePools
import PhalaPrimitives

/// `phala pool reclaim`: returns a cooled-down worker's stake to the pool's free stake.
struct PoolReclaimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reclaim",
        abstract: "Return a cooled-down worker's stake to the pool and pay the withdraw queue (anyone).",
        discussion: "Example: phala pool reclaim --signer //Alice --pid 0 --worker 0x…"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The pool id.") var pid: UInt64
    @Option(help: "The worker's public key (0x + 64 hex digits).", transform: WorkerArgument.parse)
    var worker: FixedBytes<32>

    /// The call these flags describe.
    var call: StakePools.Call { .reclaimPoolWorker(pid: pid, worker: worker) }

    func run() async throws { try await signing.submit(call) }
}
