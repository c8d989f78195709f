import ArgumentParser
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

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
