import ArgumentParser
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

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
