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
        let method = "chain_getBlock"
        let reply = try await request(method, [.string(hash.description)])
        if reply.isNull { return nil }
        let block = try reply.member("block", in: method)
        guard let list = try block.member("extrinsics", in: method).array else {
            throw .malformedResponse(method, "block.extrinsics is not an array")
        }
        var extrinsics: [[UInt8]] = []
        for entry in list { extrinsics.append(try entry.decoded([UInt8].self, in: method)) }
        return Block(
            header: try Header(json: try block.member("header", in: method), in: method),
            extrinsics: extrinsics
        )
    }
}
