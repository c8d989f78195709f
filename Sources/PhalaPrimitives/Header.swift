public import SCALE

/// A block header in Substrate's layout: what a block commits to, and what its hash is taken over.
///
/// SCALE: `parent_hash[32] ‖ Compact<u32>(number) ‖ state_root[32] ‖ extrinsics_root[32] ‖ Vec<DigestItem>`.
/// The block hash is `blake2_256` of exactly these bytes (`hash`); polkadot.js recomputes it from the
/// JSON fields, so this layout must not drift.
public struct Header: Sendable, Hashable {
    /// The hash of the parent block; all zeros for genesis.
    public var parentHash: H256
    /// The block's height; 0 for genesis.
    public var number: BlockNumber
    /// The root of the state trie after this block's extrinsics ran.
    public var stateRoot: H256
    /// The root of the trie of this block's extrinsics, keyed by index.
    public var extrinsicsRoot: H256
    /// The digest logs, in order: pre-runtime items first, the seal (if any) last.
    public var digest: [DigestItem]

    /// Creates a header from its fields.
    public init(
        parentHash: H256,
        number: BlockNumber,
        stateRoot: H256,
        extrinsicsRoot: H256,
        digest: [DigestItem] = []
    ) {
        self.parentHash = parentHash
        self.number = number
        self.stateRoot = stateRoot
        self.extrinsicsRoot = extrinsicsRoot
        self.digest = digest
    }
}

extension Header: ScaleCodable {
    /// Appends the fields in order, the number as `Compact<u32>`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: parentHash, Compact(number), stateRoot, extrinsicsRoot, digest)
    }

    /// Reads the fields in order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        parentHash = try decoder.decode()
        number = try decoder.decode(Compact<BlockNumber>.self).value
        stateRoot = try decoder.decode()
        extrinsicsRoot = try decoder.decode()
        digest = try decoder.decode()
    }
}
