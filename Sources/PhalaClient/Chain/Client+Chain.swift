import JSONRPC
public import PhalaPrimitives

/// Typed chain reads on top of `request(_:_:)`: block hashes, headers, blocks.
///
/// These are extensions rather than a separate client type so one connection serves raw and typed
/// calls alike. Every reply is checked: a reply of the wrong shape is `ClientError.malformedResponse`.
extension Client {
    /// The hash of block 0, which every signature commits to.
    /// - Returns: the genesis hash.
    /// - Throws: `ClientError` when the call fails or the node has no block 0.
    public func genesisHash() async throws(ClientError) -> H256 {
        guard let hash = try await blockHash(number: 0) else {
            throw .malformedResponse("chain_getBlockHash", "the node has no block 0")
        }
        return hash
    }

    /// The hash of the best-chain block at `number` (`chain_getBlockHash`).
    /// - Parameter number: the block number.
    /// - Returns: its hash, or `nil` when the chain is not that long yet.
    /// - Throws: `ClientError` when the call fails or the reply is not a hash or `null`.
    public func blockHash(number: BlockNumber) async throws(ClientError) -> H256? {
        let reply = try await request("chain_getBlockHash", [.integer(Int64(number))])
        return reply.isNull ? nil : try reply.hash(in: "chain_getBlockHash")
    }

    /// The header of block `hash` (`chain_getHeader`).
    /// - Parameter hash: the block hash.
    /// - Returns: the header, or `nil` when the node does not know the block.
    /// - Throws: `ClientError` when the call fails or the header JSON is malformed.
    public func header(hash: H256) async throws(ClientError) -> Header? {
        let reply = try await request("chain_getHeader", [.string(hash.description)])
        return reply.isNull ? nil : try Header(json: reply, in: "chain_getHeader")
    }

    /// The header of the best block (`chain_getHeader` without a hash).
    /// - Returns: the best header; its `hash` is the best block's hash.
    /// - Throws: `ClientError` when the call fails or the header JSON is malformed.
    public func bestHeader() async throws(ClientError) -> Header {
        let reply = try await request("chain_getHeader")
        return try Header(json: reply, in: "chain_getHeader")
    }

    /// The hash of the last finalized block (`chain_getFinalizedHead`).
    /// - Returns: the finalized hash.
    /// - Throws: `ClientError` when the call fails or the reply is not a hash.
    public func finalizedHead() async throws(ClientError) -> H256 {
        try await request("chain_getFinalizedHead").hash(in: "chain_getFinalizedHead")
    }

    /// Block `hash` with its extrinsics (`chain_getBlock`).
    /// - Parameter hash: the block hash.
    /// - Returns: the block (extrinsics as bodies, without the length prefix `chain_getBlock` shows;
    ///   see `Block`), or `nil` when the node does not know the block.
    /// - Throws: `ClientError` when the call fails or the block JSON is malformed.
    public func block(hash: H256) async throws(ClientError) -> Block? {
        try await signedBlock(hash: hash)?.block
    }

    /// Block `hash` with its extrinsics and the justifications the node stores for it (`chain_getBlock`).
    /// - Parameter hash: the block hash.
    /// - Returns: the block and its finality proofs, or `nil` when the node does not know the block.
    /// - Throws: `ClientError` when the call fails or the reply is malformed.
    public func signedBlock(hash: H256) async throws(ClientError) -> SignedBlock? {
        let reply = try await request("chain_getBlock", [.string(hash.description)])
        return reply.isNull ? nil : try SignedBlock(json: reply)
    }
}
