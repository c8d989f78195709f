public import PhalaPrimitives

/// One finality proof attached to a block, as `chain_getBlock` lists it under `justifications`:
/// the consensus engine it belongs to (`FRNK` for GRANDPA) and the engine's encoded proof.
public struct BlockJustification: Sendable, Hashable {
    /// The engine the proof belongs to, e.g. `DigestItem.grandpaEngine`.
    public var engine: ConsensusEngineId
    /// The proof's SCALE bytes (for GRANDPA, a `GrandpaJustification`).
    public var encoded: [UInt8]

    /// Creates a justification from its parts.
    /// - Parameters:
    ///   - engine: the consensus engine id.
    ///   - encoded: the encoded proof.
    public init(engine: ConsensusEngineId, encoded: [UInt8]) {
        self.engine = engine
        self.encoded = encoded
    }
}
