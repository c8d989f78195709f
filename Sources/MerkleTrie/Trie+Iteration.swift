extension Trie {
    /// Keys in ascending byte order, as `state_getKeysPaged` pages through them.
    /// - Parameters:
    ///   - prefix: only keys starting with these bytes; all keys by default.
    ///   - start: only keys strictly after this one (the last key of the previous page); nil for the
    ///     first page.
    ///   - limit: the most keys to return; nil for no limit.
    /// - Returns: the keys, ascending.
    /// - Throws: `TrieError.missingNode` or `.malformedNode` when the store lacks or garbles a node on
    ///   the way.
    public func keys(
        prefix: [UInt8] = [],
        startingAfter start: [UInt8]? = nil,
        limit: Int? = nil
    ) throws(TrieError) -> [[UInt8]] {
        var walk = OrderedWalk(store: store, prefix: prefix, start: start, limit: limit, loadsValues: false)
        try walk.run(root: root)
        return walk.found.map(\.key)
    }

    /// Keys with their values in ascending key order; the same paging as `keys(prefix:startingAfter:limit:)`.
    /// - Parameters:
    ///   - prefix: only keys starting with these bytes.
    ///   - start: only keys strictly after this one; nil to start at the beginning.
    ///   - limit: the most entries to return; nil for no limit.
    /// - Returns: `(key, value)` pairs, ascending by key.
    /// - Throws: as `keys(prefix:startingAfter:limit:)`, and `.missingValue` for an absent hashed value.
    public func entries(
        prefix: [UInt8] = [],
        startingAfter start: [UInt8]? = nil,
        limit: Int? = nil
    ) throws(TrieError) -> [(key: [UInt8], value: [UInt8])] {
        var walk = OrderedWalk(store: store, prefix: prefix, start: start, limit: limit, loadsValues: true)
        try walk.run(root: root)
        return walk.found.map { ($0.key, $0.value ?? []) }
    }
}

/// A depth-first walk in key order that skips, before reading them, subtrees outside the prefix or
/// wholly at or before the start key.
///
/// In a base-16 trie a node's own key sorts before its descendants' keys, and child `i` before child
/// `i + 1`, so visiting value then children 0…15 yields keys in ascending order.
private struct OrderedWalk {
    private var source: StoreSource
    private let prefix: [UInt8]
    private let start: [UInt8]?
    private let limit: Int
    private let loadsValues: Bool
    private(set) var found: [(key: [UInt8], value: [UInt8]?)] = []
    private var path: [UInt8] = []

    init(store: any TrieNodeStore, prefix: [UInt8], start: [UInt8]?, limit: Int?, loadsValues: Bool) {
        source = StoreSource(store: store)
        self.prefix = Nibbles.of(prefix)
        self.start = start.map(Nibbles.of)
        self.limit = max(0, limit ?? Int.max)
        self.loadsValues = loadsValues
    }

    /// Where a subtree at `path` stands against the prefix and start key.
    private enum Standing {
        /// Nothing below can qualify.
        case outside
        /// `path` leads towards the start key: keys at or before it must still be filtered out.
        case towardsStart
        /// Every key below is after the start key.
        case afterStart
    }

    private func standing(of path: [UInt8], afterStart: Bool) -> Standing {
        let shared = min(path.count, prefix.count)
        guard path[..<shared] == prefix[..<shared] else { return .outside }
        guard !afterStart, let start else { return .afterStart }
        for index in 0..<min(path.count, start.count) where path[index] != start[index] {
            return path[index] < start[index] ? .outside : .afterStart
        }
        return path.count > start.count ? .afterStart : .towardsStart
    }

    mutating func run(root: [UInt8]) throws(TrieError) {
        guard limit > 0, root != Trie.emptyRoot else { return }
        _ = try visit(.hash(root), afterStart: false)
    }

    /// Visits the node behind `reference`, whose path (without its partial key) is `path`. Returns
    /// false once the limit is reached.
    private mutating func visit(_ reference: ChildReference, afterStart: Bool) throws(TrieError) -> Bool {
        let hash: [UInt8]
        let bytes: [UInt8]
        switch reference {
        case .hash(let childHash): (hash, bytes) = (childHash, try source.node(childHash))
        case .inline(let encoded): (hash, bytes) = ([], encoded)
        }
        let partial: [UInt8]
        let value: NodeValue?
        let children: [ChildReference?]
        switch try Node.decode(bytes, hash: hash) {
        case .empty: throw .malformedNode(hash: hash, offset: 0, problem: .unexpectedEmptyNode)
        case .leaf(let leafPartial, let leafValue): (partial, value, children) = (leafPartial, leafValue, [])
        case .branch(let branchPartial, let branchValue, let branchChildren):
            (partial, value, children) = (branchPartial, branchValue, branchChildren)
        }
        let depth = path.count
        path.append(contentsOf: partial)
        defer { path.removeLast(path.count - depth) }
        let here = standing(of: path, afterStart: afterStart)
        if here == .outside { return true }

        if let value, here == .afterStart, path.count >= prefix.count {
            guard path.count.isMultiple(of: 2) else {
                throw .malformedNode(hash: hash, offset: 0, problem: .valueAtOddNibbleDepth)
            }
            var resolved: [UInt8]?
            if loadsValues { resolved = try Trie.resolve(value, in: &source) }
            found.append((Nibbles.bytes(path), resolved))
            if found.count == limit { return false }
        }
        for (index, child) in children.enumerated() {
            guard let child else { continue }
            path.append(UInt8(index))
            defer { path.removeLast() }
            let below = standing(of: path, afterStart: here == .afterStart)
            if below == .outside { continue }
            guard try visit(child, afterStart: below == .afterStart) else { return false }
        }
        return true
    }
}
