public import MerkleTrie
public import PhalaPrimitives
public import RuntimeSupport

/// A block being built or imported: its header fields so far, its state, and the extrinsics applied.
///
/// Made by `Runtime.beginBlock(_:parentState:)`, grown by `applyExtrinsic(_:to:)`, closed by
/// `finishBlock(_:)`. A value: copying it forks the block (the pool's dry runs do this).
public struct PendingBlock: Sendable {
    /// The parent block's hash.
    public let parentHash: H256
    /// This block's number.
    public let number: BlockNumber
    /// The block's state: the parent's trie with this block's writes.
    public var state: Overlay
    /// The bodies of the extrinsics applied so far, in block order.
    public internal(set) var extrinsics: [[UInt8]] = []
    /// Whether a signed transaction was applied, after which inherents are refused.
    var hasTransactions = false
    /// Signatures checked ahead of execution, which `applyExtrinsic` does not verify again.
    public var verifiedSignatures = VerifiedSignatures()

    init(parentHash: H256, number: BlockNumber, state: Overlay) {
        self.parentHash = parentHash
        self.number = number
        self.state = state
    }
}

/// A finished block and the state changes to commit with it.
public struct FinishedBlock: Sendable {
    /// The block; its header has the state and extrinsics roots and the runtime's digest, but no seal.
    public var block: Block
    /// The new state root and trie nodes, for the node's store.
    public var changes: TrieChangeSet
    /// The storage keys the block wrote, in ascending order, with their new values (`nil` removed), for
    /// storage subscriptions and the per-block change sets.
    public var storageChanges: [(key: [UInt8], value: [UInt8]?)]

    /// Creates the result.
    init(block: Block, changes: TrieChangeSet, storageChanges: [(key: [UInt8], value: [UInt8]?)]) {
        self.block = block
        self.changes = changes
        self.storageChanges = storageChanges
    }
}
