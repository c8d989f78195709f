import ArgumentParser
import PalletStakePools
import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import SCALE

/// The options every `phala pool`, `phala vault` and `phala contract` transaction shares: who signs, how far to follow
/// the transaction, and which node.
struct SigningOptions: ParsableArguments {
    @Option(
        name: [.customLong("signer"), .customLong("suri")],
        help: "The signer's secret URI, e.g. //Alice: signs and pays for the transaction."
    )
    var signer: String

    @Option(help: "The key scheme of --signer: sr25519 or ed25519.")
    var scheme: SignatureScheme = .sr25519

    @Option(
        help: """
            Follow the transaction until: ready, in-block (the default: prints the outcome and the module \
            error, exits non-zero on failure) or finalized.
            """
    )
    var wait: SubmissionWait = .inBlock

    @OptionGroup var connection: ConnectionOptions

    /// The signer's key pair.
    /// - Throws: `CommandError` when --signer is not a secret URI.
    func keyPair() throws -> KeyPair {
        do { return try KeyPair(uri: signer, scheme: scheme) } catch {
            throw CommandError("--signer needs a secret URI such as //Alice: \(error)")
        }
    }

    /// Signs and submits a `PhalaStakePoolv2` call, printing its statuses and outcome.
    /// - Parameters:
    ///   - call: the pallet call.
    ///   - afterInclusion: run with the client and the block the transaction landed in (in-block or
    ///     finalized waits only), e.g. to read its events.
    /// - Throws: `CommandError` when it was refused or failed, or the client's errors.
    func submit(
        _ call: StakePools.Call,
        afterInclusion: (Client, H256) async throws -> Void = { _, _ in }
    ) async throws {
        try await submit(RuntimeCall.stakePools(call).scaleEncoded(), afterInclusion: afterInclusion)
    }

    /// Signs and submits an encoded runtime call, printing its statuses and outcome.
    /// - Parameters:
    ///   - encoded: the SCALE-encoded `RuntimeCall`.
    ///   - output: where status lines go (stdout by default; stderr when stdout carries JSON).
    ///   - afterInclusion: run with the client and the block the transaction landed in (in-block or
    ///     finalized waits only).
    /// - Throws: `CommandError` when it was refused or failed, or the client's errors.
    func submit(
        _ encoded: [UInt8],
        output: (String) -> Void = StandardOutput.writeLine,
        afterInclusion: (Client, H256) async throws -> Void = { _, _ in }
    ) async throws {
        let keys = try keyPair()
        try await connection.withClient { client in
            if let block = try await CallSubmission.signAndSubmit(
                encoded,
                signedBy: keys,
                waitingFor: wait,
                through: client,
                output: output
            ) {
                try await afterInclusion(client, block)
            }
        }
    }
}
