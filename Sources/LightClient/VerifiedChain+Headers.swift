public import PhalaPrimitives

extension VerifiedChain {
    /// Verifies a batch of headers that extends the finalized tip and is finalized by `justification`
    /// (pRuntime's `sync_header`, phala-facts.md §7.2), then advances the tip to its last header.
    ///
    /// Each header must link to its parent by hash and number, carry an Aura seal by
    /// `auraAuthorities[slot mod n]` with a slot above its parent's (consensus.md §1.5), and the
    /// justification must finalize the last header under the current authority set (§2.6). A header
    /// with a GRANDPA `ScheduledChange` (delay 0) must be the last of its batch; it is finalized by the
    /// current set, and the new voters, with set id + 1, finalize the blocks after it. An Aura
    /// `AuthoritiesChange` applies from the next header on.
    /// - Parameters:
    ///   - headers: at least one header, starting at the child of `finalizedTip`.
    ///   - justification: the GRANDPA justification of the last header; `nil` is refused.
    /// - Throws: `VerificationError` naming the first broken rule; the client is then unchanged.
    public mutating func syncHeaders(_ headers: [Header], justification: GrandpaJustification?)
        throws(VerificationError)
    {
        guard !headers.isEmpty else { throw .emptyBatch }
        var next = self
        var parentHash = finalizedTip.hash
        var parentNumber = finalizedTip.number
        var voterChange: [AuthoritySet.Voter]?
        var batch: [FinalizedBlock] = []
        for header in headers {
            guard header.parentHash == parentHash else {
                throw .wrongParent(number: header.number, expected: parentHash, got: header.parentHash)
            }
            guard header.number == parentNumber &+ 1 else {
                throw .wrongNumber(expected: parentNumber &+ 1, got: header.number)
            }
            guard let slot = AuraSeal.verifiedSlot(of: header, authorities: next.auraAuthorities) else {
                throw .badSeal(number: header.number)
            }
            guard slot > next.tipSlot else {
                throw .slotNotIncreasing(number: header.number, slot: slot, previous: next.tipSlot)
            }
            guard voterChange == nil else { throw .authorityChangeNotLast(number: header.number - 1) }
            let logs = try ConsensusLogs(of: header)
            voterChange = logs.grandpaVoters
            if let authorities = logs.auraAuthorities { next.auraAuthorities = authorities }
            next.tipSlot = slot
            let block = FinalizedBlock(header)
            batch.append(block)
            parentHash = block.hash
            parentNumber = block.number
        }
        guard let justification else { throw .missingJustification }
        next.finalizedTip = batch[batch.count - 1]
        try JustificationVerifier(authorities: authoritySet)
            .verify(justification, finalizes: next.finalizedTip.hash, number: next.finalizedTip.number)
        if let voterChange {
            next.authoritySet = try AuthoritySet(voters: voterChange, id: authoritySet.id &+ 1)
        }
        next.recentBlocks = batch
        self = next
    }
}
