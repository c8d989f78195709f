import PhalaCrypto

extension Trie {
    /// The root of the trie holding exactly `entries`, computed directly without a node store
    /// (`trie-root`'s `trie_root_no_extension` for `LayoutV1`).
    ///
    /// Sorts the entries and builds each node from the run of keys beneath it, so it is the reference
    /// the incremental trie is checked against, and the quick way to root a set built in one go (a
    /// block's extrinsics, a genesis state). For a key listed twice, the later value wins.
    /// - Parameter entries: `(key, value)` pairs in any order.
    /// - Returns: the 32-byte root hash; `emptyRoot` for no entries.
    public static func root(of entries: some Sequence<([UInt8], [UInt8])>) -> [UInt8] {
        let ordered = entries.enumerated().sorted { first, second in
            first.element.0 == second.element.0
                ? first.offset < second.offset
                : first.element.0.lexicographicallyPrecedes(second.element.0)
        }
        var unique: [(key: [UInt8], value: [UInt8])] = []
        unique.reserveCapacity(ordered.count)
        for (_, entry) in ordered {
            if let last = unique.last, last.key == entry.0 {
                unique[unique.count - 1].value = entry.1
            } else {
                unique.append((entry.0, entry.1))
            }
        }
        guard !unique.isEmpty else { return emptyRoot }
        return Hashing.blake2_256(RootBuilder.encode(unique[...], depth: 0))
    }
}

/// Builds node encodings from sorted, distinct entries whose keys share their first `depth` nibbles.
private enum RootBuilder {
    static func encode(_ entries: ArraySlice<(key: [UInt8], value: [UInt8])>, depth: Int) -> [UInt8] {
        let first = entries[entries.startIndex]
        if entries.count == 1 {
            let partial = nibbles(of: first.key, from: depth, to: first.key.count * 2)
            return Node.leaf(partial: partial, value: nodeValue(first.value)).encoded
        }
        // Sorted keys: what the first and last share, every key in between shares too.
        let last = entries[entries.endIndex - 1]
        let shortest = min(first.key.count, last.key.count) * 2
        var split = depth
        while split < shortest, nibble(first.key, split) == nibble(last.key, split) { split += 1 }

        var rest = entries
        var value: NodeValue?
        if first.key.count * 2 == split {
            value = nodeValue(first.value)
            rest = entries.dropFirst()
        }
        var children = [ChildReference?](repeating: nil, count: 16)
        var runStart = rest.startIndex
        while runStart < rest.endIndex {
            let index = nibble(rest[runStart].key, split)
            var runEnd = runStart + 1
            while runEnd < rest.endIndex, nibble(rest[runEnd].key, split) == index { runEnd += 1 }
            let encoded = encode(rest[runStart..<runEnd], depth: split + 1)
            children[Int(index)] =
                encoded.count < Layout.hashLength ? .inline(encoded) : .hash(Hashing.blake2_256(encoded))
            runStart = runEnd
        }
        let partial = nibbles(of: first.key, from: depth, to: split)
        return Node.branch(partial: partial, value: value, children: children).encoded
    }

    private static func nodeValue(_ value: [UInt8]) -> NodeValue {
        value.count >= Layout.hashedValueThreshold ? .hashed(Hashing.blake2_256(value)) : .inline(value)
    }

    private static func nibble(_ key: [UInt8], _ index: Int) -> UInt8 {
        let byte = key[index / 2]
        return index.isMultiple(of: 2) ? byte >> 4 : byte & 0x0F
    }

    private static func nibbles(of key: [UInt8], from start: Int, to end: Int) -> [UInt8] {
        (start..<end).map { nibble(key, $0) }
    }
}
