internal import SCALE

extension Node {
    /// The node's encoding, as `sp-trie`'s `NodeCodec` writes it.
    ///
    /// Header and partial key first; a branch then has its 16-bit child bitmap (little-endian, bit `i`
    /// for child `i`), its value, and each present child as a compact-length-prefixed reference. A value
    /// is compact-length-prefixed when inline, or its bare 32-byte hash when hashed.
    var encoded: [UInt8] {
        var output: [UInt8] = []
        switch self {
        case .empty:
            NodeHeader.empty.encode(to: &output)
        case .leaf(let partial, let value):
            output.reserveCapacity(partial.count / 2 + 40)
            switch value {
            case .inline: NodeHeader.leaf(nibbleCount: partial.count).encode(to: &output)
            case .hashed: NodeHeader.hashedValueLeaf(nibbleCount: partial.count).encode(to: &output)
            }
            Self.appendPartial(partial, to: &output)
            Self.append(value, to: &output)
        case .branch(let partial, let value, let children):
            output.reserveCapacity(partial.count / 2 + 40 + 33 * children.count)
            switch value {
            case nil: NodeHeader.branch(hasValue: false, nibbleCount: partial.count).encode(to: &output)
            case .inline: NodeHeader.branch(hasValue: true, nibbleCount: partial.count).encode(to: &output)
            case .hashed: NodeHeader.hashedValueBranch(nibbleCount: partial.count).encode(to: &output)
            }
            Self.appendPartial(partial, to: &output)
            var bitmap: UInt16 = 0
            for (index, child) in children.enumerated() where child != nil { bitmap |= 1 << index }
            output.append(UInt8(truncatingIfNeeded: bitmap))
            output.append(UInt8(truncatingIfNeeded: bitmap >> 8))
            if let value { Self.append(value, to: &output) }
            for child in children {
                switch child {
                case nil: continue
                case .hash(let bytes), .inline(let bytes): Self.appendPrefixed(bytes, to: &output)
                }
            }
        }
        return output
    }

    /// Packs nibbles two per byte; an odd count puts the first nibble alone in the low half of a byte.
    static func appendPartial(_ nibbles: [UInt8], to output: inout [UInt8]) {
        var index = 0
        if !nibbles.count.isMultiple(of: 2) {
            output.append(nibbles[0])
            index = 1
        }
        while index < nibbles.count {
            output.append(nibbles[index] << 4 | nibbles[index + 1])
            index += 2
        }
    }

    private static func append(_ value: NodeValue, to output: inout [UInt8]) {
        switch value {
        case .inline(let bytes): appendPrefixed(bytes, to: &output)
        case .hashed(let hash): output.append(contentsOf: hash)
        }
    }

    static func appendPrefixed(_ bytes: [UInt8], to output: inout [UInt8]) {
        var encoder = ScaleEncoder(capacity: 5)
        encoder.encode(compactLength: bytes.count)
        output.append(contentsOf: encoder.bytes)
        output.append(contentsOf: bytes)
    }
}
