import JSONRPC
import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import Synchronization

/// A stream of signed transfers from several senders, each watched with `author_submitAndWatchExtrinsic`,
/// and the record of which ones the node reported `inBlock`, and where.
final class TransferStream: Sendable {
    struct Record {
        /// `0x` hex of each extrinsic (length prefix included) reported in a block → that block's hash.
        var inBlock: [String: String] = [:]
        var submitted = 0
        /// Submission failures while the node was meant to be alive.
        var unexpectedErrors: [String] = []
        var nodeKilled = false
    }

    let record = Mutex(Record())

    /// The distinct blocks transfers were reported in so far.
    var blocksSeen: Int { record.withLock { Set($0.inBlock.values).count } }

    /// Reads the chain's genesis hash and runtime versions, the inputs of every signature.
    static func signer(using client: Client) async throws -> TransferSigner {
        let genesis = try await client.request("chain_getBlockHash", [0])
        let version = try await client.request("state_getRuntimeVersion", [])
        guard let hash = genesis.string, let spec = version["specVersion"]?.uint64,
            let transaction = version["transactionVersion"]?.uint64
        else { throw TestFailure("unexpected genesis hash \(genesis) or runtime version \(version)") }
        return TransferSigner(
            genesisHash: try H256(hex: hash),
            specVersion: UInt32(spec),
            transactionVersion: UInt32(transaction)
        )
    }

    /// Submits `count` transfers from `sender` (nonces from 0) one after another, each watched in a child
    /// task until it is reported in a block; stops at the first failed submission.
    func submit(
        from sender: KeyPair,
        to destination: AccountId32,
        count: Int,
        signer: TransferSigner,
        client: Client
    ) async {
        await withTaskGroup(of: Void.self) { watchers in
            for nonce in 0..<count {
                let hex: String
                let watch: Client.Subscription
                do {
                    let bytes = try signer.transfer(
                        from: sender,
                        to: destination,
                        planck: 1_000_000,
                        nonce: UInt32(nonce)
                    )
                    hex = TransferSigner.hex(bytes)
                    watch = try await client.subscribe(
                        "author_submitAndWatchExtrinsic",
                        [.string(hex)],
                        unsubscribe: "author_unwatchExtrinsic"
                    )
                } catch {
                    record.withLock { if !$0.nodeKilled { $0.unexpectedErrors.append("nonce \(nonce): \(error)") } }
                    return
                }
                record.withLock { $0.submitted += 1 }
                watchers.addTask {
                    do {
                        for try await status in watch {
                            if let block = status["inBlock"]?.string {
                                self.record.withLock { $0.inBlock[hex] = block }
                                return
                            }
                        }
                    } catch {
                        // The connection ends when the node is killed; unreported transfers may be lost.
                    }
                }
            }
        }
    }
}

/// A failure of the test's own expectations about the node's replies.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
