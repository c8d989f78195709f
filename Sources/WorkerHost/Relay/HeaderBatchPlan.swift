public import PhalaClient
public import PhalaPrimitives
public import SCALE

/// Decides where a header batch for the enclave ends (phala-facts.md §7.2).
///
/// The enclave verifies a batch by the GRANDPA justification of its last header, and reads authority
/// changes only from that last header, so a batch must end at a justified block and at the first block
/// that carries a GRANDPA consensus log (a scheduled change). Both are pure checks on blocks already
/// fetched, oldest first, starting at the child of the enclave's finalized tip.
public enum HeaderBatchPlan {
    /// How many of `blocks` the next batch takes.
    ///
    /// The batch takes at most `maximum` blocks. It ends at the first block with a GRANDPA consensus
    /// log if that lies within the limit, otherwise at the last block with a GRANDPA justification.
    /// - Parameters:
    ///   - blocks: the candidate blocks, oldest first.
    ///   - maximum: the largest batch the host sends (values below 1 count as 1).
    /// - Returns: the batch length, or `nil` when no block within the limit can end a batch (no
    ///   justification yet, or an authority-change block without one); the caller waits for more blocks.
    public static func length(of blocks: [SignedBlock], maximum: Int) -> Int? {
        var lastJustified: Int?
        for (index, block) in blocks.prefix(max(1, maximum)).enumerated() {
            let justified = block.justification(of: DigestItem.grandpaEngine) != nil
            if changesAuthorities(block.block.header) { return justified ? index + 1 : nil }
            if justified { lastJustified = index + 1 }
        }
        return lastJustified
    }

    /// Whether `header` carries a GRANDPA consensus log (`FRNK`), such as a scheduled authority change.
    /// - Parameter header: a header.
    /// - Returns: true when the batch must end at it.
    public static func changesAuthorities(_ header: Header) -> Bool {
        header.digest.contains { item in
            if case .consensus(let engine, _) = item { engine == DigestItem.grandpaEngine } else { false }
        }
    }

    /// The decoded GRANDPA justification of `block`.
    /// - Parameter block: a block from `Client.signedBlock(hash:)`.
    /// - Returns: the justification, or `nil` when the block has no `FRNK` proof.
    /// - Throws: `ScaleDecodingError` when the proof does not decode as a `GrandpaJustification`.
    public static func grandpaJustification(of block: SignedBlock) throws(ScaleDecodingError) -> GrandpaJustification? {
        guard let proof = block.justification(of: DigestItem.grandpaEngine) else { return nil }
        return try GrandpaJustification(scaleDecoding: proof.encoded)
    }
}
