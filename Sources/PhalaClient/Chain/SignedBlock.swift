public import JSONRPC
public import PhalaPrimitives

/// A block with the finality proofs the node stores for it: what `chain_getBlock` returns.
public struct SignedBlock: Sendable, Hashable {
    /// The block (extrinsics as bodies, without their length prefix).
    public var block: Block
    /// The block's justifications; empty when the node stores none for it.
    public var justifications: [BlockJustification]

    /// Creates a signed block from its parts.
    /// - Parameters:
    ///   - block: the block.
    ///   - justifications: its justifications.
    public init(block: Block, justifications: [BlockJustification]) {
        self.block = block
        self.justifications = justifications
    }

    /// The justification of `engine`, if the block has one.
    /// - Parameter engine: the consensus engine, e.g. `DigestItem.grandpaEngine`.
    /// - Returns: the first proof of that engine, or `nil`.
    public func justification(of engine: ConsensusEngineId) -> BlockJustification? {
        justifications.first { $0.engine == engine }
    }

    /// Reads `chain_getBlock`'s non-null reply: `{"block": {"header", "extrinsics"}, "justifications"}`.
    ///
    /// `justifications` is `null` or a list of `[engine, proof]` pairs. Substrate's serde writes both
    /// parts as arrays of byte numbers (`[[70,82,78,75],[…]]`); a 4-character engine string (`"FRNK"`)
    /// and `0x` hex proofs are accepted too.
    /// - Parameter json: the reply's `result`.
    /// - Throws: `ClientError.malformedResponse` naming what is wrong.
    public init(json: JSONValue) throws(ClientError) {
        let method = "chain_getBlock"
        let body = try json.member("block", in: method)
        guard let list = try body.member("extrinsics", in: method).array else {
            throw .malformedResponse(method, "block.extrinsics is not an array")
        }
        var extrinsics: [[UInt8]] = []
        for entry in list { extrinsics.append(try entry.decoded([UInt8].self, in: method)) }
        block = Block(
            header: try Header(json: try body.member("header", in: method), in: method),
            extrinsics: extrinsics
        )
        justifications = []
        guard let proofs = json["justifications"], !proofs.isNull else { return }
        guard let pairs = proofs.array else { throw .malformedResponse(method, "justifications is not an array") }
        for pair in pairs {
            guard let parts = pair.array, parts.count == 2 else {
                throw .malformedResponse(method, "a justification is not an [engine, proof] pair")
            }
            let engineBytes = try Self.bytes(parts[0], engine: true)
            let engine: ConsensusEngineId
            do { engine = try ConsensusEngineId(engineBytes) } catch {
                throw .malformedResponse(method, "a justification's engine id has \(engineBytes.count) bytes, not 4")
            }
            justifications.append(BlockJustification(engine: engine, encoded: try Self.bytes(parts[1], engine: false)))
        }
    }

    /// Bytes written as an array of numbers, as `0x` hex, or (for an engine id) as ASCII text.
    private static func bytes(_ value: JSONValue, engine: Bool) throws(ClientError) -> [UInt8] {
        let method = "chain_getBlock"
        if let numbers = value.array {
            var bytes: [UInt8] = []
            for number in numbers {
                guard let byte = number.uint64.flatMap({ UInt8(exactly: $0) }) else {
                    throw .malformedResponse(method, "a justification byte is not a number in 0…255")
                }
                bytes.append(byte)
            }
            return bytes
        }
        if engine, let text = value.string, !text.hasPrefix("0x") { return Array(text.utf8) }
        return try value.hexBytes(in: method)
    }
}
