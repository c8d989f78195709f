public import SCALE

/// A GRANDPA finality proof for one block (finality-grandpa's `GrandpaJustification`), stored under the
/// engine id `FRNK` and returned by `chain_getBlock` in `justifications`.
///
/// SCALE: `round u64 ‖ target_hash ‖ target_number u32 ‖ Vec<(target_hash ‖ target_number ‖ signature[64]
/// ‖ id[32])> ‖ Vec<Header>` (consensus.md §2.2, §2.6). Each voter signs
/// `01 ‖ target_hash ‖ target_number ‖ round u64 ‖ set_id u64` with ed25519. The dev node has one voter,
/// whose single precommit on the block finalizes it; several validators add precommits, not a new format.
public struct GrandpaJustification: Sendable, Hashable {
    /// One voter's signed precommit.
    public struct SignedPrecommit: Sendable, Hashable {
        /// The block voted for.
        public var targetHash: H256
        /// Its number.
        public var targetNumber: BlockNumber
        /// The ed25519 signature over the localized payload.
        public var signature: [UInt8]
        /// The voter's ed25519 public key.
        public var voter: [UInt8]

        /// Creates the precommit.
        public init(targetHash: H256, targetNumber: BlockNumber, signature: [UInt8], voter: [UInt8]) {
            self.targetHash = targetHash
            self.targetNumber = targetNumber
            self.signature = signature
            self.voter = voter
        }
    }

    /// The engine id justifications are stored under: `FRNK`.
    public static let engine = DigestItem.grandpaEngine

    /// The voting round.
    public var round: UInt64
    /// The finalized block.
    public var targetHash: H256
    /// Its number.
    public var targetNumber: BlockNumber
    /// The precommits that reach the threshold.
    public var precommits: [SignedPrecommit]
    /// Headers linking precommits on descendants to the target (empty when all vote for the target).
    public var votesAncestries: [Header]

    /// Creates a justification.
    public init(
        round: UInt64,
        targetHash: H256,
        targetNumber: BlockNumber,
        precommits: [SignedPrecommit],
        votesAncestries: [Header] = []
    ) {
        self.round = round
        self.targetHash = targetHash
        self.targetNumber = targetNumber
        self.precommits = precommits
        self.votesAncestries = votesAncestries
    }

    /// The bytes a voter signs for a precommit on `target` in `round` of authority set `setID`.
    /// - Parameters:
    ///   - targetHash: the block voted for.
    ///   - targetNumber: its number.
    ///   - round: the round.
    ///   - setID: the authority set id.
    /// - Returns: the 53-byte localized payload.
    public static func precommitPayload(targetHash: H256, targetNumber: BlockNumber, round: UInt64, setID: UInt64)
        -> [UInt8]
    {
        var encoder = ScaleEncoder()
        encoder.encode(UInt8(1))
        encoder.encode(tuple: targetHash, targetNumber, round, setID)
        return encoder.bytes
    }
}

extension GrandpaJustification: ScaleCodable {
    /// Appends the round, the commit and the ancestry headers.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: round, targetHash, targetNumber)
        encoder.encode(Compact(UInt32(precommits.count)))
        for precommit in precommits {
            encoder.encode(tuple: precommit.targetHash, precommit.targetNumber)
            encoder.append(precommit.signature)
            encoder.append(precommit.voter)
        }
        encoder.encode(votesAncestries)
    }

    /// Reads a justification; signatures and voters must be exactly 64 and 32 bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        round = try decoder.decode()
        targetHash = try decoder.decode()
        targetNumber = try decoder.decode()
        let count = try decoder.decodeCompactLength()
        var precommits: [SignedPrecommit] = []
        for _ in 0..<count {
            let hash: H256 = try decoder.decode()
            let number: BlockNumber = try decoder.decode()
            let signature = try decoder.readBytes(64)
            let voter = try decoder.readBytes(32)
            precommits.append(
                SignedPrecommit(targetHash: hash, targetNumber: number, signature: signature, voter: voter)
            )
        }
        self.precommits = precommits
        votesAncestries = try decoder.decode()
    }
}
