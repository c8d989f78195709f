import ArgumentParser
import JSONRPC
import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import SCALE

/// How far a command follows its transaction before returning.
enum SubmissionWait: String, ExpressibleByArgument, CaseIterable {
    /// The pool accepted it.
    case ready
    /// It is in a block; its outcome is printed.
    case inBlock = "in-block"
    /// Its block is finalized; its outcome is printed.
    case finalized
}

/// Submitting a signed extrinsic and reporting what became of it, shared by every command that sends a
/// transaction (`phala tx`, `phala pool`, `phala vault`).
enum CallSubmission {
    /// Signs `call` with the signer's next nonce (from the node's pool) and submits it.
    /// - Parameters:
    ///   - call: the encoded runtime call.
    ///   - signer: who signs and pays.
    ///   - wait: how far to follow it; `nil` submits without watching.
    ///   - client: the connection.
    ///   - output: where status lines go.
    /// - Returns: the block whose events were reported (in-block or finalized waits), else `nil`.
    /// - Throws: `CommandError` for a refused or failed transaction, or the client's errors.
    @discardableResult
    static func signAndSubmit(
        _ call: [UInt8],
        signedBy signer: KeyPair,
        waitingFor wait: SubmissionWait?,
        through client: Client,
        output: (String) -> Void = StandardOutput.writeLine
    ) async throws -> H256? {
        let version = try await client.runtimeVersion()
        let builder = ExtrinsicBuilder(
            genesisHash: try await client.genesisHash(),
            specVersion: version.specVersion,
            transactionVersion: version.transactionVersion
        )
        let nonce = try await client.accountNextIndex(of: try AccountId32(bytes: signer.publicKey))
        return try await submit(
            builder.signed(call: call, by: signer, nonce: nonce),
            waitingFor: wait,
            through: client,
            output: output
        )
    }

    /// Submits and, with `wait`, follows the transaction and reports its outcome.
    /// - Parameters:
    ///   - extrinsic: the signed extrinsic.
    ///   - wait: how far to follow it; `nil` submits without watching.
    ///   - client: the connection.
    ///   - output: where status lines go (stdout, unbuffered, by default).
    /// - Returns: the block whose events were reported (in-block or finalized waits), else `nil`.
    @discardableResult
    static func submit(
        _ extrinsic: [UInt8],
        waitingFor wait: SubmissionWait?,
        through client: Client,
        output: (String) -> Void = StandardOutput.writeLine
    ) async throws -> H256? {
        do {
            guard let wait else {
                output("submitted \(try await client.submit(extrinsic))")
                return nil
            }
            let watch = try await client.submitAndWatch(extrinsic)
            output("submitted \(watch.hash)")
            for try await status in watch {
                switch status {
                case .ready:
                    output("ready")
                    if wait == .ready { return nil }
                case .inBlock(let block):
                    output("in block \(block)")
                    if wait == .inBlock {
                        try await report(watch.hash, in: block, through: client, output: output)
                        return block
                    }
                case .finalized(let block):
                    output("finalized \(block)")
                    try await report(watch.hash, in: block, through: client, output: output)
                    return block
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
            throw rejection(refusal)
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
        if let failure = outcome.failure {
            throw CommandError("the transaction failed: \(RuntimeNames.error(failure))")
        }
    }
}
