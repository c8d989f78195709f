import ArgumentParser
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives

/// `phala pool wrap`: locks PHA and mints as much W-PHA, the token pools take.
struct PoolWrapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wrap",
        abstract: "Wrap PHA into W-PHA (1:1), the token stake pools and vaults take.",
        discussion: "Example: phala pool wrap --signer //Bob --amount 5000PHA"
    )

    @OptionGroup var signing: SigningOptions
    @Option(help: "The PHA to wrap: 1.5PHA, \"1.5 PHA\" or whole planck.", transform: AmountArgument.parse)
    var amount: Balance

    /// The call these flags describe.
    var call: StakePools.Call { .wrap(amount: amount) }

    func run() async throws { try await signing.submit(call) }
}
