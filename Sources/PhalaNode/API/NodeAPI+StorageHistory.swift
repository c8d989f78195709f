import JSONRPC
import PhalaPrimitives

extension NodeAPI {
    /// The longest block range one `state_queryStorage` call walks.
    static let maxQueryRange: BlockNumber = 4096

    /// `state_queryStorage [keys, from, to?]`: the values of `keys` over a range of blocks, as Substrate's
    /// full client answers it. The first block lists every key (null when absent); each later block
    /// lists the keys whose value differs from the block before, and blocks changing none are left out.
    func registerStorageHistory(in methods: inout RPCMethods) {
        let api = self
        methods.method("state_queryStorage") { params throws(RPCError) in
            let keys = try Self.keys(params, at: 0)
            let from = try BlockParameter.hash(try params.required(at: 1), at: 1)
            let to = try api.blockHash(params, at: 2)
            var previous: [[UInt8]: [UInt8]?] = [:]
            var changeSets: [JSONValue] = []
            for hash in try api.range(from: from, to: to) {
                let state = try api.state(at: hash)
                var changes: [(key: [UInt8], value: [UInt8]?)] = []
                for key in keys {
                    let value = try api.read(key, in: state)
                    if previous[key].map({ $0 != value }) ?? true { changes.append((key, value)) }
                    previous[key] = value
                }
                if !changes.isEmpty { changeSets.append(.changeSet(block: hash, changes: changes)) }
            }
            return .array(changeSets)
        }
    }

    /// The hashes from `from` to its descendant `to`, both included, oldest first.
    /// - Throws: 4003 for an unknown block; 4001 when `from` is not an ancestor of `to` or the range is
    ///   longer than `maxQueryRange`.
    func range(from: H256, to: H256) throws(RPCError) -> [H256] {
        let first = try existingHeader(from)
        var header = try existingHeader(to)
        guard header.number >= first.number else {
            throw .invalidBlockRange(from: from, to: to, "the first block is above the last one")
        }
        guard header.number - first.number < Self.maxQueryRange else {
            throw .invalidBlockRange(from: from, to: to, "the range is longer than \(Self.maxQueryRange) blocks")
        }
        var hashes = [to]
        while header.number > first.number {
            hashes.append(header.parentHash)
            header = try existingHeader(header.parentHash)
        }
        guard hashes.last == from else {
            throw .invalidBlockRange(from: from, to: to, "the first block is not an ancestor of the last one")
        }
        return hashes.reversed()
    }
}

extension RPCError {
    /// 4001, Substrate's state API error for a block range it cannot walk.
    static func invalidBlockRange(from: H256, to: H256, _ detail: String) -> RPCError {
        RPCError(code: 4001, message: "Invalid block range: \(from) -> \(to): \(detail)")
    }
}
