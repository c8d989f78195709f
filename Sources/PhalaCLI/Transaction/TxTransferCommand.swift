import ArgumentParser
import JSONRPC
import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import SCALE

/// `phala tx transfer`: sends PHA from a secret URI's account to another account.
struct TxTransferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Transfer PHA: sign a Balances transfer and submit it.",
        discussion: """
            Amounts: 1.5PHA, "1.5 PHA", or a whole number of planck (1 PHA = 10^12 planck).
            With --wait the status lines follow (ready, in block 0x…, finalized 0x…); for in-block and finalized \
            the command then prints success or the dispatch error, the fee and the events, and exits non-zero \
            when the transfer failed.
            Example: phala tx transfer --from //Alice --to 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty --amount 1.5PHA --wait finalized
            """
    )

    @Option(help: "The sender's secret URI, e.g. //Alice.")
    var from: String

    @Option(help: "The receiver: an SS58 address, a 0x account id, or a secret URI such as //Bob.")
    var to: String

    @Option(help: "The amount: 1.5PHA, \"1.5 PHA\" or whole planck.", transform: AmountArgument.parse)
    var amount: Balance

    @Option(help: "The key scheme of --from (and of a secret URI in --to): sr25519 or ed25519.")
    var scheme: SignatureScheme = .sr25519

    @Flag(
        help: "Use transfer_keep_alive: fail rather than let the sender's balance drop below the existential deposit."
    )
    var keepAlive = false

    @Option(help: "Follow the transaction until: ready, in-block or finalized. Without it, submit and print the hash.")
    var wait: SubmissionWait?

    @OptionGroup var connection: ConnectionOptions

    /// The encoded Balances call these flags describe.
    func call() throws -> [UInt8] {
        let dest = try AccountArgument.resolve(to, scheme: scheme)
        return keepAlive
            ? BalancesCall.transferKeepAlive(to: dest, value: amount)
            : BalancesCall.transferAllowDeath(to: dest, value: amount)
    }

    func run() async throws {
        let signer: KeyPair
        do { signer = try KeyPair(uri: from, scheme: scheme) } catch {
            throw CommandError("--from needs a secret URI such as //Alice: \(error)")
        }
        let call = try call()
        _ = try await connection.withClient { client in
            try await CallSubmission.signAndSubmit(call, signedBy: signer, waitingFor: wait, through: client)
        }
    }
}
