public import SCALE

/// The 4-byte id of the consensus engine a digest item belongs to, such as `aura` or `FRNK`.
public typealias ConsensusEngineId = FixedBytes<4>

/// One log entry in a header's digest: what consensus and the runtime tell light clients about a block.
///
/// The variant indices are Substrate's and are fixed on the wire: a block author writes its slot as a
/// `preRuntime` item, finality and authority changes travel as `consensus` items, the author's
/// signature is the final `seal`, and `runtimeEnvironmentUpdated` marks a runtime upgrade.
public enum DigestItem: Sendable, Hashable {
    /// Index 0: arbitrary data, not interpreted by consensus.
    case other([UInt8])
    /// Index 4: a message from the runtime to the consensus engine `engine` (e.g. new authorities).
    case consensus(engine: ConsensusEngineId, data: [UInt8])
    /// Index 5: the block author's seal, placed last and removed before the header is verified.
    case seal(engine: ConsensusEngineId, data: [UInt8])
    /// Index 6: a message from the block author to the runtime, such as the Aura slot number.
    case preRuntime(engine: ConsensusEngineId, data: [UInt8])
    /// Index 8: the runtime code or heap pages changed in this block.
    case runtimeEnvironmentUpdated

    /// The engine id of Aura, the slot-based block production this chain uses: ASCII `aura`.
    public static let auraEngine = ConsensusEngineId(uncheckedBytes: Array("aura".utf8))
    /// The engine id of GRANDPA, the finality gadget: ASCII `FRNK` (justifications and authority changes).
    public static let grandpaEngine = ConsensusEngineId(uncheckedBytes: Array("FRNK".utf8))
}

extension DigestItem: ScaleCodable {
    /// Appends the variant index and the fields: `engine[4] ‖ Vec<u8>` for the engine variants.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .other(let data):
            encoder.encode(variantIndex: 0)
            encoder.encode(data)
        case .consensus(let engine, let data):
            encoder.encode(variantIndex: 4)
            encoder.encode(tuple: engine, data)
        case .seal(let engine, let data):
            encoder.encode(variantIndex: 5)
            encoder.encode(tuple: engine, data)
        case .preRuntime(let engine, let data):
            encoder.encode(variantIndex: 6)
            encoder.encode(tuple: engine, data)
        case .runtimeEnvironmentUpdated:
            encoder.encode(variantIndex: 8)
        }
    }

    /// Reads one item; indices 1, 2, 3, 7 and above 8 are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let index = try decoder.decodeVariantIndex()
        switch index {
        case 0: self = .other(try decoder.decode())
        case 4: self = .consensus(engine: try decoder.decode(), data: try decoder.decode())
        case 5: self = .seal(engine: try decoder.decode(), data: try decoder.decode())
        case 6: self = .preRuntime(engine: try decoder.decode(), data: try decoder.decode())
        case 8: self = .runtimeEnvironmentUpdated
        default: throw decoder.unknownVariant(index, of: DigestItem.self)
        }
    }
}
