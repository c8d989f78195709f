import JSONRPC
import PhalaClient
import PhalaCrypto
import PhalaPrimitives

/// Keeps a dev node (which authors only when transactions wait) making blocks: one small transfer
/// from `sender` at a time, each waited for until it is in a block, until the task is cancelled.
enum BlockTicker {
    /// Ticks until cancelled or the connection ends.
    /// - Parameters:
    ///   - url: the node's WebSocket URL.
    ///   - sender: the paying dev account's secret URI.
    static func run(url: String, sender: String = "//Charlie") async {
        do {
            let from = try KeyPair(uri: sender, scheme: .sr25519)
            let destination = try AccountId32(bytes: KeyPair(uri: "//Eve", scheme: .sr25519).publicKey)
            try await Client.withConnection(to: url) { client in
                let signer = try await TransferStream.signer(using: client)
                var nonce: UInt32 = 0
                while !Task.isCancelled {
                    let bytes = try signer.transfer(from: from, to: destination, planck: 1_000_000, nonce: nonce)
                    let watch = try await client.subscribe(
                        "author_submitAndWatchExtrinsic",
                        [.string(TransferSigner.hex(bytes))],
                        unsubscribe: "author_unwatchExtrinsic"
                    )
                    for try await status in watch where status["inBlock"] != nil { break }
                    nonce += 1
                }
            }
        } catch {
            // Cancelled, or the node went away: the ticking simply ends.
        }
    }
}
