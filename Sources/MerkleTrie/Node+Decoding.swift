extension Node {
    /// Decodes one node, rejecting anything `sp-trie` would not produce.
    ///
    /// Bounded and total on arbitrary bytes: every read is checked against the input, and the result is
    /// a node or a `TrieError.malformedNode`. It is stricter than `sp-trie`'s decoder in two ways that
    /// honest encoders never trip: child references must be a 32-byte hash or under 32 bytes, and no
    /// bytes may follow the node.
    /// - Parameters:
    ///   - bytes: the encoded node.
    ///   - hash: the hash it was found under (empty for an inline node), for error reports.
    static func decode(_ bytes: [UInt8], hash: [UInt8]) throws(TrieError) -> Node {
        var reader = NodeReader(bytes, hash: hash)
        let node: Node
        switch try NodeHeader.decode(from: &reader) {
        case .empty:
            node = .empty
        case .leaf(let count):
            let partial = try partialKey(count, reader: &reader)
            node = .leaf(partial: partial, value: .inline(try inlineValue(reader: &reader)))
        case .hashedValueLeaf(let count):
            let partial = try partialKey(count, reader: &reader)
            node = .leaf(partial: partial, value: .hashed(try reader.take(Layout.hashLength)))
        case .branch(let hasValue, let count):
            let partial = try partialKey(count, reader: &reader)
            let bitmap = try childBitmap(reader: &reader)
            let value = hasValue ? NodeValue.inline(try inlineValue(reader: &reader)) : nil
            node = .branch(partial: partial, value: value, children: try children(bitmap, reader: &reader))
        case .hashedValueBranch(let count):
            let partial = try partialKey(count, reader: &reader)
            let bitmap = try childBitmap(reader: &reader)
            let value = NodeValue.hashed(try reader.take(Layout.hashLength))
            node = .branch(partial: partial, value: value, children: try children(bitmap, reader: &reader))
        }
        guard reader.remaining == 0 else {
            throw reader.failure(.trailingBytes(count: reader.remaining), at: reader.offset)
        }
        return node
    }

    /// Reads `count` nibbles packed two per byte; an odd count starts with a byte whose high nibble is
    /// zero padding.
    private static func partialKey(_ count: Int, reader: inout NodeReader) throws(TrieError) -> [UInt8] {
        let start = reader.offset
        let packed = try reader.take((count + 1) / 2)
        var nibbles: [UInt8] = []
        nibbles.reserveCapacity(count)
        for (index, byte) in packed.enumerated() {
            if index == 0, !count.isMultiple(of: 2) {
                guard byte >> 4 == 0 else { throw reader.failure(.nonZeroPadding, at: start) }
                nibbles.append(byte)
            } else {
                nibbles.append(byte >> 4)
                nibbles.append(byte & 0x0F)
            }
        }
        return nibbles
    }

    private static func childBitmap(reader: inout NodeReader) throws(TrieError) -> UInt16 {
        let start = reader.offset
        let low = try reader.byte()
        let bitmap = UInt16(low) | UInt16(try reader.byte()) << 8
        guard bitmap != 0 else { throw reader.failure(.branchWithoutChildren, at: start) }
        return bitmap
    }

    private static func inlineValue(reader: inout NodeReader) throws(TrieError) -> [UInt8] {
        try reader.take(try reader.compactLength())
    }

    private static func children(_ bitmap: UInt16, reader: inout NodeReader) throws(TrieError) -> [ChildReference?] {
        var children = [ChildReference?](repeating: nil, count: 16)
        for index in 0..<16 where bitmap & (1 << index) != 0 {
            let start = reader.offset
            let length = try reader.compactLength()
            guard length > 0, length <= Layout.hashLength else {
                throw reader.failure(.invalidChildReference(length: length), at: start)
            }
            let reference = try reader.take(length)
            children[index] = length == Layout.hashLength ? .hash(reference) : .inline(reference)
        }
        return children
    }
}
