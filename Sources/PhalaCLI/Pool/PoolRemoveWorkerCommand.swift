import ArgumentParser
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

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
