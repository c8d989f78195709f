public import JSONRPC
import PhalaPrimitives
public import PhalaRuntime
public import StateStore

/// The node's JSON-RPC API (interim: the full Substrate method set lands from the `api` branch).
public struct NodeAPI: Sendable {
    let database: ChainDatabase
    let runtime: Runtime
    let chainSpec: ChainSpec
    let pool: TransactionPool
    let events: ChainEvents

    /// Creates the API over the node's parts.
    public init(
        database: ChainDatabase, runtime: Runtime, chainSpec: ChainSpec, pool: TransactionPool, events: ChainEvents,
        nodeName: String = "Phala Swift", nodeVersion: String = "0.1.0"
    ) {
        self.database = database
        self.runtime = runtime
        self.chainSpec = chainSpec
        self.pool = pool
        self.events = events
    }

    /// The method table.
    public func methods() -> RPCMethods {
        var methods = RPCMethods()
        methods.method("system_chain") { [chainSpec] _ in .string(chainSpec.name) }
        methods.method("author_submitExtrinsic") { [pool] params throws(RPCError) in
            let bytes = try params.hexBytes(at: 0)
            do throws(PoolError) { return .string(try await pool.submit(bytes).description) } catch { throw error.rpcError }
        }
        methods.method("chain_getFinalizedHead") { [database] _ in .string(database.finalizedBlock?.hash.description ?? "") }
        methods.method("chain_getBlockHash") { [database] _ in .string(database.bestBlock?.hash.description ?? "") }
        return methods
    }
}
