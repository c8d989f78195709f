public import JSONRPC
public import PhalaPrimitives

/// One block's entry in `pha_getStorageChanges`: what a worker host feeds its enclave for that block.
public struct BlockStorageChanges: Sendable, Hashable {
    /// One changed key and its value after the block (`nil`: deleted).
    public struct Change: Sendable, Hashable {
        /// The full storage key.
        public var key: [UInt8]
        /// The new value, or `nil` when the block deleted the key.
        public var value: [UInt8]?

        /// Creates a change.
        /// - Parameters:
        ///   - key: the key.
        ///   - value: the new value or nil.
        public init(key: [UInt8], value: [UInt8]?) {
            self.key = key
            self.value = value
        }
    }

    /// The block.
    public var blockHash: H256
    /// Every key of the main trie the block changed, in the node's order.
    public var changes: [Change]
    /// Trie nodes proving the changed keys (and the requested extra keys) against the block's state root.
    public var proof: [[UInt8]]
    /// The SCALE bytes of each off-chain `SignedMessage` the block accepted, in block order.
    public var offchainMessages: [[UInt8]]

    /// Creates the entry from its parts.
    /// - Parameters:
    ///   - blockHash: the block.
    ///   - changes: its main-trie changes.
    ///   - proof: the proof nodes.
    ///   - offchainMessages: the encoded signed messages it accepted.
    public init(blockHash: H256, changes: [Change], proof: [[UInt8]], offchainMessages: [[UInt8]]) {
        self.blockHash = blockHash
        self.changes = changes
        self.proof = proof
        self.offchainMessages = offchainMessages
    }

    /// Reads one entry: `{"blockHash", "mainStorageChanges": [[key, value|null]], "childStorageChanges",
    /// "proof": [hex], "offchainMessages": [hex]}`. Child-trie changes are not read (this chain has none);
    /// a node that predates `offchainMessages` is read as having accepted none.
    /// - Parameter json: one element of the reply's array.
    /// - Throws: `ClientError.malformedResponse` naming what is wrong.
    public init(json: JSONValue) throws(ClientError) {
        let method = "pha_getStorageChanges"
        blockHash = try json.member("blockHash", in: method).hash(in: method)
        guard let pairs = try json.member("mainStorageChanges", in: method).array else {
            throw .malformedResponse(method, "mainStorageChanges is not an array")
        }
        changes = []
        for pair in pairs {
            guard let parts = pair.array, parts.count == 2 else {
                throw .malformedResponse(method, "a storage change is not a [key, value] pair")
            }
            let value = parts[1].isNull ? nil : try parts[1].hexBytes(in: method)
            changes.append(Change(key: try parts[0].hexBytes(in: method), value: value))
        }
        proof = try Self.hexList(try json.member("proof", in: method), name: "proof")
        offchainMessages =
            try json["offchainMessages"].map { value throws(ClientError) in
                try Self.hexList(value, name: "offchainMessages")
            } ?? []
    }

    private static func hexList(_ value: JSONValue, name: String) throws(ClientError) -> [[UInt8]] {
        guard let entries = value.array else {
            throw .malformedResponse("pha_getStorageChanges", "\(name) is not an array")
        }
        var list: [[UInt8]] = []
        for entry in entries { list.append(try entry.hexBytes(in: "pha_getStorageChanges")) }
        return list
    }
}
