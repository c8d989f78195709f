import JSONRPC
import PhalaCrypto
public import PhalaPrimitives

extension Client {
    /// Submits a signed extrinsic to the node's pool without watching it (`author_submitExtrinsic`).
    /// - Parameter extrinsic: the extrinsic with its length prefix, as `ExtrinsicBuilder` returns it.
    /// - Returns: the transaction hash.
    /// - Throws: `ClientError`; a refused transaction is `.server` with the node's `rpcError`
    ///   (1010 "Invalid Transaction" with the reason in `data`, 1001/1002 for undecodable bytes, 1012–1014).
    public func submit(_ extrinsic: [UInt8]) async throws(ClientError) -> H256 {
        try await request("author_submitExtrinsic", [.string(Hex.encode(extrinsic))]).hash(in: "author_submitExtrinsic")
    }

    /// Submits a signed extrinsic and follows it through the pool and into blocks
    /// (`author_submitAndWatchExtrinsic`).
    /// - Parameter extrinsic: the extrinsic with its length prefix.
    /// - Returns: the statuses (`ready`, `inBlock(hash)`, `finalized(hash)`, …) as they arrive.
    /// - Throws: `ClientError`: a transaction the node refuses is rejected here, synchronously, as
    ///   `.server` with the node's `rpcError` (see `submit(_:)`).
    public func submitAndWatch(_ extrinsic: [UInt8]) async throws(ClientError) -> ExtrinsicWatch {
        let subscription = try await subscribe(
            "author_submitAndWatchExtrinsic",
            [.string(Hex.encode(extrinsic))],
            unsubscribe: "author_unwatchExtrinsic"
        )
        return ExtrinsicWatch(hash: Self.transactionHash(extrinsic), subscription: subscription)
    }

    /// The transaction hash of an encoded extrinsic: `blake2_256` of all its bytes, length prefix included.
    static func transactionHash(_ extrinsic: [UInt8]) -> H256 {
        do { return try H256(bytes: Hashing.blake2_256(extrinsic)) } catch {
            preconditionFailure("blake2_256 returns 32 bytes: \(error)")
        }
    }
}
