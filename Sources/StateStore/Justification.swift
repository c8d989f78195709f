public import PhalaPrimitives

/// A finality proof for one block, kept opaque: the consensus engine that produced it and its encoding.
///
/// `chain_getBlock` returns a block's justifications as `[[engineId, bytes]]`; for GRANDPA the engine
/// is `FRNK` and the bytes are the SCALE-encoded `GrandpaJustification`. A block holds at most one
/// justification per engine.
public struct Justification: Sendable, Hashable {
    /// The consensus engine the proof belongs to.
    public var engine: ConsensusEngineId
    /// The engine's encoding of the proof.
    public var encoded: [UInt8]

    /// Pairs an engine id with the proof bytes.
    /// - Parameters:
    ///   - engine: the 4-byte engine id, such as ASCII `FRNK` for GRANDPA.
    ///   - encoded: the proof as the engine encodes it.
    public init(engine: ConsensusEngineId, encoded: [UInt8]) {
        self.engine = engine
        self.encoded = encoded
    }
}
