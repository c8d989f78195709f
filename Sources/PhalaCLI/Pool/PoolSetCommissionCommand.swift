import ArgumentParser
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

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
