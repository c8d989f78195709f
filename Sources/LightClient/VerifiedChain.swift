public import PhalaPrimitives

/// pRuntime's light client (phala-facts.md §7): it trusts a pinned genesis and authority set, then
/// accepts only header batches that are Aura-sealed, linked, and finalized by a GRANDPA
/// justification of the current voters, following their authority changes. Storage changes the host
/// feeds are checked against the state roots of verified blocks.
///
/// A deterministic value type: every check runs on a copy, which replaces `self` only when the whole
/// batch passed, so a refused batch leaves the client unchanged. It is `ScaleCodable` so an enclave can
/// seal it into a checkpoint.
///
/// What the host provides, in order: headers from the finalized tip on, each batch ending at the block
/// a justification finalizes (and at every authority-change block); then, per block of that batch,
/// the storage changes with a read proof of the changed keys at that block.
public struct VerifiedChain: Sendable, Hashable {
    /// The hash of the pinned genesis header.
    public let genesisHash: H256
    /// The newest finalized block; every later batch must start at its child.
    public internal(set) var finalizedTip: FinalizedBlock
    /// The blocks of the last verified batch, oldest first, ending at `finalizedTip`: the blocks whose
    /// storage changes the host may prove next.
    public internal(set) var recentBlocks: [FinalizedBlock]
    /// The GRANDPA voters that finalize the blocks after the tip.
    public internal(set) var authoritySet: AuthoritySet
    /// The Aura authorities (sr25519 keys) that seal the blocks after the tip, in order.
    public internal(set) var auraAuthorities: [[UInt8]]
    /// The Aura slot of the tip (0 at genesis); the next header's slot must be above it.
    public internal(set) var tipSlot: UInt64

    /// Starts a client trusting `genesis` and its authorities, as pRuntime's `init_runtime` does.
    ///
    /// The caller must take these from a trusted source (the chain spec built into the enclave, or a
    /// storage proof of `Grandpa.Authorities` and `Aura.Authorities` against `genesis.stateRoot`).
    /// - Parameters:
    ///   - genesis: the genesis header (number 0).
    ///   - authoritySet: the GRANDPA voters of set 0 (or the set in force at `genesis`).
    ///   - auraAuthorities: the Aura authorities' 32-byte sr25519 keys, in on-chain order.
    /// - Throws: `VerificationError.invalidAuraAuthorities` for an empty list or a key not 32 bytes.
    public init(genesis: Header, authoritySet: AuthoritySet, auraAuthorities: [[UInt8]]) throws(VerificationError) {
        guard !auraAuthorities.isEmpty, auraAuthorities.allSatisfy({ $0.count == 32 }) else {
            throw .invalidAuraAuthorities
        }
        genesisHash = genesis.hash
        finalizedTip = FinalizedBlock(genesis)
        recentBlocks = [finalizedTip]
        self.authoritySet = authoritySet
        self.auraAuthorities = auraAuthorities
        tipSlot = AuraSeal.slot(of: genesis) ?? 0
    }
}
