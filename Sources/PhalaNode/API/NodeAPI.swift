public import JSONRPC
import MerkleTrie
public import PhalaPrimitives
public import PhalaRuntime
public import StateStore

/// The node's Substrate-compatible JSON-RPC API over the database, the runtime, the pool and chain events.
///
/// `methods()` builds the table the `RPCServer` serves: the `system_`, `chain_`, `state_`, `author_` and
/// `payment_` namespaces of substrate-rpc.md §2.2 with every alias, and the subscriptions of §2.3. Reads
/// go straight to the database (many readers at once); submissions go through the pool; subscriptions
/// follow `ChainEvents`. Blocks are named by hash; a missing hash means the best block. An unknown hash
/// gives `null` from `chain_getHeader`/`chain_getBlock` and error 4003 from `state_*`, as Substrate does.
public struct NodeAPI: Sendable {
    let database: ChainDatabase
    let runtime: Runtime
    let chainSpec: ChainSpec
    let pool: TransactionPool
    let events: ChainEvents
    let nodeName: String
    let nodeVersion: String

    /// Creates the API over the node's parts.
    /// - Parameters:
    ///   - database: the chain: blocks, heads and state.
    ///   - runtime: answers `state_call` and nonce and fee queries.
    ///   - chainSpec: the chain's name, type and properties for `system_*`.
    ///   - pool: takes submitted transactions.
    ///   - events: imported and finalized blocks, for subscriptions.
    ///   - nodeName: what `system_name` reports.
    ///   - nodeVersion: what `system_version` reports.
    public init(
        database: ChainDatabase,
        runtime: Runtime,
        chainSpec: ChainSpec,
        pool: TransactionPool,
        events: ChainEvents,
        nodeName: String = "Phala Swift",
        nodeVersion: String = "0.1.0"
    ) {
        self.database = database
        self.runtime = runtime
        self.chainSpec = chainSpec
        self.pool = pool
        self.events = events
        self.nodeName = nodeName
        self.nodeVersion = nodeVersion
    }

    /// Every method and subscription of the API, ready for `RPCServer`.
    /// - Returns: the table, with aliases; `rpc_methods` is added by the server.
    public func methods() -> RPCMethods {
        var methods = RPCMethods()
        registerSystem(in: &methods)
        registerChain(in: &methods)
        registerState(in: &methods)
        registerStorageHistory(in: &methods)
        registerAuthor(in: &methods)
        registerPayment(in: &methods)
        registerSubscriptions(in: &methods)
        registerWorkerSync(in: &methods)
        return methods
    }
}

extension NodeAPI {
    /// The best block, or an internal error before genesis is committed.
    func bestBlock() throws(RPCError) -> BlockID {
        guard let best = database.bestBlock else { throw .internalError("the node has no genesis block yet") }
        return best
    }

    /// The block a trailing optional hash parameter names: the hash at `position`, or the best block's.
    /// - Throws: -32602 when the parameter is not a 32-byte hash.
    func blockHash(_ params: Params, at position: Int) throws(RPCError) -> H256 {
        guard let hash = try BlockParameter.optionalHash(params, at: position) else { return try bestBlock().hash }
        return hash
    }

    /// The state after block `hash`.
    /// - Throws: 4003 "Client error: UnknownBlock" for a hash the database does not hold.
    func state(at hash: H256) throws(RPCError) -> Trie {
        do {
            return try database.trie(at: hash)
        } catch let error where error == .unknownBlock {
            throw .unknownBlock(hash)
        } catch {
            throw .internalError(error.description)
        }
    }

    /// The header of block `hash`, or nil when it is not stored.
    func header(_ hash: H256) throws(RPCError) -> Header? {
        do { return try database.header(hash: hash) } catch { throw .internalError(error.description) }
    }

    /// The header of block `hash` for a `state_*` call, which must exist.
    /// - Throws: 4003 for an unknown block.
    func existingHeader(_ hash: H256) throws(RPCError) -> Header {
        guard let header = try header(hash) else { throw .unknownBlock(hash) }
        return header
    }
}

extension RPCError {
    /// Substrate's state API error code for a failure of the client (unknown block, failed runtime call).
    static let clientErrorCode = 4003

    /// 4003 for a block hash the node does not know, worded as Substrate's client error.
    static func unknownBlock(_ hash: H256) -> RPCError {
        clientError("UnknownBlock: Header was not found in the database: \(hash)")
    }

    /// 4003 "Client error: …" for a failure `detail` of the node's client side.
    static func clientError(_ detail: String) -> RPCError {
        RPCError(code: clientErrorCode, message: "Client error: \(detail)")
    }
}
