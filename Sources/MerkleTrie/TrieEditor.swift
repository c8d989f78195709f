import PhalaCrypto

/// Applies insertions and removals to a trie in memory, loading stored nodes only along the changed
/// paths, then encodes the changed nodes bottom-up into a `TrieChangeSet`.
///
/// Untouched subtrees stay as references to the store (`PendingSlot.stored`) and are never re-encoded,
/// so a batch costs in proportion to the paths it changes. Whether a value is hashed (33 bytes or
/// more) is decided when encoding, so the result is canonical for `LayoutV1` whatever the edit order.
struct TrieEditor {
    private let source: StoreSource
    private var root: PendingSlot?

    init(root: [UInt8], store: any TrieNodeStore) {
        source = StoreSource(store: store)
        self.root = root == Trie.emptyRoot ? nil : .stored(.hash(root))
    }

    mutating func insert(_ value: [UInt8], forKey key: [UInt8]) throws(TrieError) {
        root = .loaded(try insert(.inline(value), at: Nibbles.of(key)[...], into: root))
    }

    mutating func remove(_ key: [UInt8]) throws(TrieError) {
        guard let root else { return }
        if case .changed(let replacement) = try remove(Nibbles.of(key)[...], from: root) {
            self.root = replacement
        }
    }

    /// Encodes every changed node, children before parents, into the new root and its nodes.
    func commit() -> TrieChangeSet {
        var output = NodeOutput()
        switch root {
        case nil:
            return TrieChangeSet(root: Trie.emptyRoot, nodes: [])
        case .stored(.hash(let hash)):
            return TrieChangeSet(root: hash, nodes: [])
        case .stored(.inline(let encoded)):
            return TrieChangeSet(root: output.add(encoded), nodes: output.nodes)
        case .loaded(let node):
            // The root is always stored by hash, however short its encoding.
            let hash = output.add(encode(node, into: &output))
            return TrieChangeSet(root: hash, nodes: output.nodes)
        }
    }

    // MARK: - Editing

    private func load(_ slot: PendingSlot) throws(TrieError) -> PendingNode {
        let hash: [UInt8]
        let bytes: [UInt8]
        switch slot {
        case .loaded(let node): return node
        case .stored(.hash(let childHash)): (hash, bytes) = (childHash, try source.node(childHash))
        case .stored(.inline(let encoded)): (hash, bytes) = ([], encoded)
        }
        switch try Node.decode(bytes, hash: hash) {
        case .empty:
            throw .malformedNode(hash: hash, offset: 0, problem: .unexpectedEmptyNode)
        case .leaf(let partial, let value):
            return PendingNode(partial: partial, value: value)
        case .branch(let partial, let value, let children):
            return PendingNode(partial: partial, value: value, children: children.map { $0.map(PendingSlot.stored) })
        }
    }

    private func insert(
        _ value: NodeValue,
        at path: ArraySlice<UInt8>,
        into slot: PendingSlot?
    ) throws(TrieError) -> PendingNode {
        guard let slot else { return PendingNode(partial: Array(path), value: value) }
        let node = try load(slot)
        let common = Nibbles.commonPrefixLength(node.partial[...], path)
        if common == node.partial.count {
            if common == path.count {
                node.value = value
                return node
            }
            let index = Int(path[path.startIndex + common])
            node.makeBranch()
            node.children[index] = .loaded(
                try insert(value, at: path.dropFirst(common + 1), into: node.children[index])
            )
            return node
        }
        // The paths part inside the node's partial key: a new branch takes the shared nibbles.
        let fork = PendingNode(partial: Array(node.partial[..<common]), value: nil)
        fork.makeBranch()
        fork.children[Int(node.partial[common])] = .loaded(node)
        node.partial = Array(node.partial[(common + 1)...])
        if common == path.count {
            fork.value = value
        } else {
            let leaf = PendingNode(partial: Array(path.dropFirst(common + 1)), value: value)
            fork.children[Int(path[path.startIndex + common])] = .loaded(leaf)
        }
        return fork
    }

    private enum Removal {
        case unchanged
        case changed(PendingSlot?)
    }

    private func remove(_ path: ArraySlice<UInt8>, from slot: PendingSlot) throws(TrieError) -> Removal {
        let node = try load(slot)
        guard Nibbles.hasPrefix(path, node.partial[...]) else { return .unchanged }
        let rest = path.dropFirst(node.partial.count)
        if rest.isEmpty {
            guard node.value != nil else { return .unchanged }
            node.value = nil
        } else {
            let index = Int(rest[rest.startIndex])
            guard node.isBranch, let child = node.children[index] else { return .unchanged }
            switch try remove(rest.dropFirst(), from: child) {
            case .unchanged: return .unchanged
            case .changed(let replacement): node.children[index] = replacement
            }
        }
        return .changed(try normalize(node))
    }

    /// Restores the layout's invariants after a removal: a branch keeps a value or at least two
    /// children; a branch left with one child and no value merges into that child.
    private func normalize(_ node: PendingNode) throws(TrieError) -> PendingSlot? {
        var childCount = 0
        var lastChild: (index: Int, slot: PendingSlot)?
        for (index, slot) in node.children.enumerated() {
            if let slot {
                childCount += 1
                lastChild = (index, slot)
            }
        }
        guard let lastChild else {
            node.children = []
            return node.value == nil ? nil : .loaded(node)
        }
        guard childCount == 1, node.value == nil else { return .loaded(node) }
        let child = try load(lastChild.slot)
        child.partial = node.partial + [UInt8(lastChild.index)] + child.partial
        return .loaded(child)
    }

    // MARK: - Encoding

    private func encode(_ node: PendingNode, into output: inout NodeOutput) -> [UInt8] {
        var value = node.value
        if case .inline(let bytes) = value, bytes.count >= Layout.hashedValueThreshold {
            value = .hashed(output.add(bytes))
        }
        guard node.isBranch else {
            guard let value else { preconditionFailure("a leaf always holds a value") }
            return Node.leaf(partial: node.partial, value: value).encoded
        }
        var children: [ChildReference?] = []
        children.reserveCapacity(16)
        for slot in node.children {
            switch slot {
            case nil: children.append(nil)
            case .stored(let reference): children.append(reference)
            case .loaded(let child):
                let encoded = encode(child, into: &output)
                children.append(encoded.count < Layout.hashLength ? .inline(encoded) : .hash(output.add(encoded)))
            }
        }
        return Node.branch(partial: node.partial, value: value, children: children).encoded
    }
}

/// A node of a trie being edited: mutable, and referenced from exactly one parent slot.
///
/// A class so that edits along a path mutate in place; it never leaves the `TrieEditor` that made it.
private final class PendingNode {
    var partial: [UInt8]
    var value: NodeValue?
    /// Empty for a leaf; 16 slots for a branch.
    var children: [PendingSlot?]

    init(partial: [UInt8], value: NodeValue?, children: [PendingSlot?] = []) {
        self.partial = partial
        self.value = value
        self.children = children
    }

    var isBranch: Bool { !children.isEmpty }

    func makeBranch() {
        if children.isEmpty { children = Array(repeating: nil, count: 16) }
    }
}

/// A child position in the editor: still the stored reference, or a node loaded for editing.
private enum PendingSlot {
    case stored(ChildReference)
    case loaded(PendingNode)
}

/// The nodes produced by a commit, each once, in the order they were produced.
private struct NodeOutput {
    private(set) var nodes: [StoredNode] = []
    private var seen: Set<[UInt8]> = []

    /// Records `bytes` under its hash and returns the hash.
    mutating func add(_ bytes: [UInt8]) -> [UInt8] {
        let hash = Hashing.blake2_256(bytes)
        if seen.insert(hash).inserted { nodes.append(StoredNode(hash: hash, bytes: bytes)) }
        return hash
    }
}
