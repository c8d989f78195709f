import PhalaCrypto
import PhalaPrimitives

/// Checks a GRANDPA justification against a trusted authority set, by consensus.md §2.6: every
/// precommit signed by a member for this set, every target on the target's chain through
/// `votes_ancestries`, threshold weight with duplicates counted once and at most one equivocation per
/// voter, the target exactly the precommit-GHOST, and no unused ancestry header.
struct JustificationVerifier {
    /// The trusted voters and set id.
    let authorities: AuthoritySet

    /// Verifies that `justification` finalizes the block `targetHash` at `targetNumber`.
    /// - Parameters:
    ///   - justification: the decoded justification.
    ///   - targetHash: the hash of the header it must finalize.
    ///   - targetNumber: that header's number.
    /// - Throws: the `VerificationError` naming the first broken rule.
    func verify(_ justification: GrandpaJustification, finalizes targetHash: H256, number targetNumber: BlockNumber)
        throws(VerificationError)
    {
        guard justification.targetHash == targetHash, justification.targetNumber == targetNumber else {
            throw .justificationTargetMismatch(expected: targetHash, got: justification.targetHash)
        }
        var ancestry: [H256: Header] = [:]
        for header in justification.votesAncestries {
            let hash = header.hash
            guard ancestry.updateValue(header, forKey: hash) == nil else { throw .unusedAncestry(hash: hash) }
        }
        var used: Set<H256> = []
        // Per voter, the distinct blocks voted for and the chain each vote covers above the target.
        var votes: [[UInt8]: [H256: [H256]]] = [:]
        for precommit in justification.precommits {
            try checkSignature(precommit, round: justification.round)
            let path = try chain(from: precommit, down: targetHash, number: targetNumber, ancestry: ancestry)
            used.formUnion(path)
            votes[precommit.voter, default: [:]][precommit.targetHash] = path
            guard votes[precommit.voter, default: [:]].count <= 2 else {
                throw .repeatedEquivocation(voter: precommit.voter)
            }
        }
        for header in justification.votesAncestries where !used.contains(header.hash) {
            throw .unusedAncestry(hash: header.hash)
        }
        try checkWeight(votes, ancestryOrder: justification.votesAncestries)
    }

    /// Checks membership and the ed25519 signature over the localized precommit payload.
    private func checkSignature(_ precommit: GrandpaJustification.SignedPrecommit, round: UInt64)
        throws(VerificationError)
    {
        guard authorities.weight(of: precommit.voter) != nil else { throw .notAVoter(voter: precommit.voter) }
        guard let key = try? Ed25519.PublicKey(bytes: precommit.voter),
            let signature = try? Ed25519.Signature(bytes: precommit.signature)
        else { throw .badSignature(voter: precommit.voter) }
        func signs(for setID: UInt64) -> Bool {
            let payload = GrandpaJustification.precommitPayload(
                targetHash: precommit.targetHash,
                targetNumber: precommit.targetNumber,
                round: round,
                setID: setID
            )
            return key.verify(signature, for: payload)
        }
        if signs(for: authorities.id) { return }
        // Name the set a stale or early vote was signed for, so the host knows to resync the set.
        for other in [authorities.id &- 1, authorities.id &+ 1] where other != authorities.id && signs(for: other) {
            throw .wrongAuthoritySetID(voter: precommit.voter, expected: authorities.id, signedFor: other)
        }
        throw .badSignature(voter: precommit.voter)
    }

    /// The hashes of the blocks strictly above the target on the precommit's chain, walking parent
    /// links through the ancestry headers down to the target.
    private func chain(
        from precommit: GrandpaJustification.SignedPrecommit,
        down targetHash: H256,
        number targetNumber: BlockNumber,
        ancestry: [H256: Header]
    ) throws(VerificationError) -> [H256] {
        var path: [H256] = []
        var hash = precommit.targetHash
        var number = precommit.targetNumber
        while hash != targetHash {
            guard number > targetNumber, let header = ancestry[hash], header.number == number else {
                throw .precommitNotDescendant(voter: precommit.voter, target: precommit.targetHash)
            }
            path.append(hash)
            hash = header.parentHash
            number -= 1
        }
        guard number == targetNumber else {
            throw .precommitNotDescendant(voter: precommit.voter, target: precommit.targetHash)
        }
        return path
    }

    /// Checks that the target has threshold weight and no descendant does. An equivocator's weight
    /// counts for every block, as in finality-grandpa's round. Descendants are checked in
    /// `ancestryOrder`, so the error names the same block on every run.
    private func checkWeight(_ votes: [[UInt8]: [H256: [H256]]], ancestryOrder: [Header]) throws(VerificationError) {
        var total: UInt64 = 0
        var above: [H256: UInt64] = [:]
        var equivocators: UInt64 = 0
        for (voter, targets) in votes {
            // Every voter here passed `checkSignature`, which refuses non-members.
            let weight = authorities.weight(of: voter) ?? 0
            total += weight
            if targets.count > 1 {
                equivocators += weight
                continue
            }
            for path in targets.values { for hash in path { above[hash, default: 0] += weight } }
        }
        let need = authorities.threshold
        guard total >= need else { throw .insufficientWeight(have: total, need: need) }
        for header in ancestryOrder {
            let hash = header.hash
            if let weight = above[hash], weight + equivocators >= need { throw .targetBelowGhost(descendant: hash) }
        }
    }
}
