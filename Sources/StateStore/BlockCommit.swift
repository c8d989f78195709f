public import MerkleTrie
public import PhalaPrimitives

/// Everything one imported block writes, handed to `ChainDatabase.commit(_:)` to land in one
/// transaction.
///
/// The importer fills it after executing the block: the runtime's overlay gives the sorted
/// `storageChanges`, `Trie.applying(_:)` over the parent's state turns them into `stateChanges`, and
/// consensus decides `makeBest`, `finalize` and the `justification`.
public struct BlockCommit: Sendable {
    /// The block; its header's `stateRoot` must equal `stateChanges.root`.
    public var block: Block
    /// The new trie nodes of the block's post-state (empty when the block changed no storage).
    public var stateChanges: TrieChangeSet
    /// The block's storage changes, in strictly increasing key order.
    public var storageChanges: [StorageChange]
    /// A finality proof to store with the block, if it came with one.
    public var justification: Justification?
    /// Whether the block becomes the best block (the canonical chain is rewritten to end in it).
    public var makeBest: Bool
    /// Whether the block also becomes the finalized block; requires `makeBest`.
    public var finalize: Bool

    /// Collects a block's writes.
    /// - Parameters:
    ///   - block: the block.
    ///   - stateChanges: the nodes of its post-state, from `Trie.applying(_:)` on the parent's state.
    ///   - storageChanges: its storage changes, sorted by key, each key once.
    ///   - justification: a finality proof to store with it; none by default.
    ///   - makeBest: whether it becomes the best block; true by default.
    ///   - finalize: whether it becomes the finalized block; false by default.
    public init(
        block: Block,
        stateChanges: TrieChangeSet,
        storageChanges: [StorageChange],
        justification: Justification? = nil,
        makeBest: Bool = true,
        finalize: Bool = false
    ) {
        self.block = block
        self.stateChanges = stateChanges
        self.storageChanges = storageChanges
        self.justification = justification
        self.makeBest = makeBest
        self.finalize = finalize
    }
}
