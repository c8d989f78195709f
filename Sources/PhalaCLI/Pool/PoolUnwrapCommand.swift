import ArgumentParser
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala pool unwrap`: burns W-PHA and returns as much PHA.
struct PoolUnwrapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unwrap",
        abstract: "Unwrap W-PHA back into PHA: --amount, or --all of the signer's W-PHA.",
        discussion: "Example: phala pool unwrap --signer //Bob --all"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The W-PHA to unwrap: 1.5PHA, \"1.5 PHA\" or whole planck.", transform: AmountArgument.parse)
    var amount: Balance?
    @Flag(help: "Unwrap all of the signer's W-PHA.") var all = false

    func validate() throws {
        guard (amount == nil) == all else { throw ValidationError("give either --amount or --all") }
    }

    /// The call these flags describe.
    var call: StakePools.Call { amount.map { .unwrap(amount: $0) } ?? .unwrapAll }

    func run() async throws { try await signing.submit(call) }
}
