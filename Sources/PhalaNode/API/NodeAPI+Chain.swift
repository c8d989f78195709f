import JSONRPC
import PhalaPrimitives
import StateStore

extension NodeAPI {
    /// `chain_getBlockHash` (alias `chain_getHead`), `chain_getHeader`, `chain_getBlock`,
    /// `chain_getFinalizedHead` (alias `chain_getFinalisedHead`).
    func registerChain(in methods: inout RPCMethods) {
        let api = self
        methods.method("chain_getBlockHash", aliases: ["chain_getHead"]) { params throws(RPCError) in
            guard let value = try params.value(at: 0), value != .null else { return .hash(try api.bestBlock().hash) }
            if let list = value.array {
                var hashes: [JSONValue] = []
                for element in list { hashes.append(try api.canonicalHash(try BlockParameter.number(element, at: 0))) }
                return .array(hashes)
            }
            return try api.canonicalHash(try BlockParameter.number(value, at: 0))
        }
        methods.method("chain_getHeader") { params throws(RPCError) in
            try api.header(try api.blockHash(params, at: 0)).map { JSONValue.header($0) } ?? .null
        }
        methods.method("chain_getBlock") { params throws(RPCError) in
            let hash = try api.blockHash(params, at: 0)
            do throws(StateStoreError) {
                guard let block = try api.database.block(hash: hash) else { return .null }
                return .signedBlock(block, justifications: try api.database.justifications(hash: hash))
            } catch {
                throw .internalError(error.description)
            }
        }
        methods.method("chain_getFinalizedHead", aliases: ["chain_getFinalisedHead"]) { _ throws(RPCError) in
            guard let finalized = api.database.finalizedBlock else {
                throw .internalError("the node has no genesis block yet")
            }
            return .hash(finalized.hash)
        }
    }

    /// The canonical hash at `number` as JSON, or `null` above the best block.
    func canonicalHash(_ number: BlockNumber) throws(RPCError) -> JSONValue {
        do {
            return try database.hash(number: number).map { JSONValue.hash($0) } ?? .null
        } catch {
            throw .internalError(error.description)
        }
    }
}
