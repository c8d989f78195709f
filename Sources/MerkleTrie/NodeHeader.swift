/// The first byte(s) of a node: its kind and the length of its partial key in nibbles.
///
/// Layout (`sp-trie` `node_header.rs`): `0x00` is the empty node; the top bits select the kind —
/// `01` leaf, `10` branch without value, `11` branch with value, `001` leaf with hashed value, `0001`
/// branch with hashed value — and the remaining low bits start the nibble count. When the count fills
/// those bits (63, 31 or 15), continuation bytes follow: each `255` adds 255 and the first byte under
/// 255 ends the count.
enum NodeHeader: Equatable {
    case empty
    case leaf(nibbleCount: Int)
    case branch(hasValue: Bool, nibbleCount: Int)
    case hashedValueLeaf(nibbleCount: Int)
    case hashedValueBranch(nibbleCount: Int)

    /// Appends the header for a node of this kind.
    func encode(to output: inout [UInt8]) {
        switch self {
        case .empty: output.append(0x00)
        case .leaf(let count): Self.encode(count, prefix: 0b01 << 6, prefixBits: 2, to: &output)
        case .branch(false, let count): Self.encode(count, prefix: 0b10 << 6, prefixBits: 2, to: &output)
        case .branch(true, let count): Self.encode(count, prefix: 0b11 << 6, prefixBits: 2, to: &output)
        case .hashedValueLeaf(let count): Self.encode(count, prefix: 0b001 << 5, prefixBits: 3, to: &output)
        case .hashedValueBranch(let count): Self.encode(count, prefix: 0b0001 << 4, prefixBits: 4, to: &output)
        }
    }

    private static func encode(_ count: Int, prefix: UInt8, prefixBits: Int, to output: inout [UInt8]) {
        let maximum = Int(UInt8.max >> prefixBits)
        if count < maximum {
            output.append(prefix | UInt8(count))
            return
        }
        output.append(prefix | UInt8(maximum))
        var rest = count - (maximum - 1)
        while rest >= 256 {
            output.append(255)
            rest -= 255
        }
        output.append(UInt8(rest - 1))
    }

    /// Reads a header; `reader` is left at the first byte after it.
    static func decode(from reader: inout NodeReader) throws(TrieError) -> NodeHeader {
        let first = try reader.byte()
        if first == 0 { return .empty }
        switch first >> 6 {
        case 0b01: return .leaf(nibbleCount: try count(first, prefixBits: 2, reader: &reader))
        case 0b10: return .branch(hasValue: false, nibbleCount: try count(first, prefixBits: 2, reader: &reader))
        case 0b11: return .branch(hasValue: true, nibbleCount: try count(first, prefixBits: 2, reader: &reader))
        default:
            if first >> 5 == 0b001 {
                return .hashedValueLeaf(nibbleCount: try count(first, prefixBits: 3, reader: &reader))
            }
            if first >> 4 == 0b0001 {
                return .hashedValueBranch(nibbleCount: try count(first, prefixBits: 4, reader: &reader))
            }
            throw reader.failure(.invalidHeader(first), at: reader.offset - 1)
        }
    }

    /// The nibble count: the low bits of `first`, then continuation bytes while they are saturated.
    /// Each continuation byte is read from the node, so the loop ends within the node's length.
    private static func count(_ first: UInt8, prefixBits: Int, reader: inout NodeReader) throws(TrieError) -> Int {
        let maximum = Int(UInt8.max >> prefixBits)
        var count = Int(first) & maximum
        if count < maximum { return count }
        count -= 1
        while true {
            let next = Int(try reader.byte())
            if next < 255 { return count + next + 1 }
            count += 255
        }
    }
}
