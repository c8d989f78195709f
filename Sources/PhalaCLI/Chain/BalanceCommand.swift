import ArgumentParser
import PhalaClient
import PhalaCrypto
import PhalaPrimitives

/// `phala balance`: an account's balances and nonce at the best block.
struct BalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Show an account's free, reserved and frozen balance and its nonce.",
        discussion: """
            The account is an SS58 address, a 0x public key, or a secret URI such as //Alice (its address is shown).
            Example: phala balance //Bob
            """
    )

    @Argument(help: "An SS58 address, a 0x account id, or a secret URI such as //Alice.")
    var account: String

    @Option(help: "The key scheme of a secret URI: sr25519 or ed25519.")
    var scheme: SignatureScheme = .sr25519

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let account = try AccountArgument.resolve(account, scheme: scheme)
        let (info, prefix) = try await connection.withClient { client in
            (try await client.accountInfo(of: account), try await client.properties().ss58Format)
        }
        print(Self.report(account: account, info: info, prefix: prefix))
    }

    /// The lines `balance` prints.
    static func report(account: AccountId32, info: AccountInfo, prefix: UInt16) -> String {
        let address = (try? account.ss58(prefix: prefix)) ?? account.ss58
        return """
            account   \(address)
            free      \(info.free)
            reserved  \(info.reserved)
            frozen    \(info.frozen)
            nonce     \(info.nonce)
            """
    }
}
