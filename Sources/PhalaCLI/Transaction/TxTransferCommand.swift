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

    /// How far to follow the transaction before returning.
    enum Wait: String, ExpressibleByArgument, CaseIterable {
        case ready
        case inBlock = "in-block"
        case finalized
    }

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
    var wait: Wait?

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
        let sender = try AccountId32(bytes: signer.publicKey)
        let call = try call()
        try await connection.withClient { client in
            let version = try await client.runtimeVersion()
            let builder = ExtrinsicBuilder(
                genesisHash: try await client.genesisHash(),
                specVersion: version.specVersion,
                transactionVersion: version.transactionVersion
            )
            let nonce = try await client.accountNextIndex(of: sender)
            let extrinsic = builder.signed(call: call, by: signer, nonce: nonce)
            try await Self.submit(extrinsic, waitingFor: wait, through: client)
        }
    }

    /// Submits and, with `wait`, follows the transaction and reports its outcome.
    /// - Parameters:
    ///   - extrinsic: the signed extrinsic.
    ///   - wait: how far to follow it; `nil` submits without watching.
    ///   - client: the connection.
    ///   - output: where status lines go (stdout, unbuffered, by default).
    static func submit(
        _ extrinsic: [UInt8],
        waitingFor wait: Wait?,
        through client: Client,
        output: (String) -> Void = StandardOutput.writeLine
    ) async throws {
        do {
            guard let wait else {
                output("submitted \(try await client.submit(extrinsic))")
                return
            }
            let watch = try await client.submitAndWatch(extrinsic)
            output("submitted \(watch.hash)")
            for try await status in watch {
                switch status {
                case .ready:
                    output("ready")
                    if wait == .ready { return }
                case .inBlock(let block):
                    output("in block \(block)")
                    if wait == .inBlock {
                        return try await report(watch.hash, in: block, through: client, output: output)
                    }
                case .finalized(let block):
                    output("finalized \(block)")
                    return try await report(watch.hash, in: block, through: client, output: output)
                case .future: output("future (waiting for an earlier nonce)")
                case .retracted(let block): output("retracted from \(block)")
                case .broadcast: continue
                case .dropped, .invalid, .usurped, .finalityTimeout:
                    throw CommandError("the transaction ended as \(status) before it was \(wait.rawValue)")
                }
            }
            throw CommandError("the node stopped reporting before the transaction was \(wait.rawValue)")
        } catch let error as ClientError {
            guard let refusal = error.rpcError else { throw error }
            throw Self.rejection(refusal)
        }
    }

    /// A refused submission in words: the node's reason (e.g. "Transaction has a bad signature") and code.
    static func rejection(_ error: RPCError) -> CommandError {
        let reason = error.data?.string ?? error.data.map(\.description) ?? error.message
        return CommandError("the node refused the transaction: \(reason) (JSON-RPC \(error.code) \(error.message))")
    }

    /// Finds the extrinsic in `block`, prints its outcome, and fails when its dispatch failed.
    static func report(_ hash: H256, in block: H256, through client: Client, output: (String) -> Void) async throws {
        guard let body = try await client.block(hash: block) else {
            throw CommandError("the node does not know block \(block) it reported")
        }
        guard let index = body.extrinsics.firstIndex(where: { Hashing.blake2_256($0.scaleEncoded()) == hash.bytes })
        else {
            throw CommandError("block \(block) does not contain the transaction \(hash)")
        }
        let outcome = try ExtrinsicOutcome(encodedEvents: try await client.events(at: block), index: UInt32(index))
        outcome.report.forEach(output)
        if let failure = outcome.failure { throw CommandError("the transfer failed: \(RuntimeNames.error(failure))") }
    }
}
