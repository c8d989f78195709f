import ArgumentParser
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

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
