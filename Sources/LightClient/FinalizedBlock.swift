public import PhalaPrimitives
public import SCALE

/// A block the light client has verified as final: where it is and the state root storage proofs
/// are checked against.
public struct FinalizedBlock: Sendable, Hashable {
    /// The block number.
    public let number: BlockNumber
    /// The header hash.
    public let hash: H256
    /// The header's state root.
    public let stateRoot: H256

    /// Records a verified header.
    /// - Parameter header: a header the client has verified as final.
    init(_ header: Header) {
        number = header.number
        hash = header.hash
        stateRoot = header.stateRoot
    }
}

extension FinalizedBlock: ScaleCodable {
    /// Appends `number u32 ‖ hash ‖ state_root`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: number, hash, stateRoot)
    }

    /// Reads `number u32 ‖ hash ‖ state_root`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        number = try decoder.decode()
        hash = try decoder.decode()
        stateRoot = try decoder.decode()
    }
}
