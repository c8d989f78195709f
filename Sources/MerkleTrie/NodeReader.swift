/// A bounds-checked cursor over one node's bytes, turning every overrun into a `TrieError`.
struct NodeReader {
    /// The hash the node was found under, or empty for an inline node; reported in errors.
    let hash: [UInt8]
    let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8], hash: [UInt8]) {
        self.bytes = bytes
        self.hash = hash
    }

    var remaining: Int { bytes.count - offset }

    func failure(_ problem: NodeFormatProblem, at offset: Int) -> TrieError {
        .malformedNode(hash: hash, offset: offset, problem: problem)
    }

    mutating func byte() throws(TrieError) -> UInt8 {
        guard offset < bytes.count else { throw failure(.truncated(needed: 1), at: offset) }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func take(_ count: Int) throws(TrieError) -> [UInt8] {
        guard count <= remaining else { throw failure(.truncated(needed: count - remaining), at: offset) }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// Reads a SCALE compact `u32` length, as node values and child references are prefixed: canonical
    /// (shortest) forms only, decoded in place (this runs for every child of every node a proof visits).
    mutating func compactLength() throws(TrieError) -> Int {
        let start = offset
        let first = try byte()
        let value: UInt32
        switch first & 0b11 {
        case 0b00:
            return Int(first >> 2)
        case 0b01:
            let word = UInt32(try byte()) << 8 | UInt32(first)
            value = word >> 2
            guard value >= 1 << 6 else { throw failure(.invalidLength, at: start) }
        case 0b10:
            let rest = try take(3)
            let word = UInt32(first) | UInt32(rest[0]) << 8 | UInt32(rest[1]) << 16 | UInt32(rest[2]) << 24
            value = word >> 2
            guard value >= 1 << 14 else { throw failure(.invalidLength, at: start) }
        default:
            // Big-integer mode: (first >> 2) + 4 bytes follow; a u32 allows exactly 4, top byte non-zero.
            let rest = try take(Int(first >> 2) + 4)
            guard rest.count == 4, rest[3] != 0 else { throw failure(.invalidLength, at: start) }
            value = UInt32(rest[0]) | UInt32(rest[1]) << 8 | UInt32(rest[2]) << 16 | UInt32(rest[3]) << 24
            guard value >= 1 << 30 else { throw failure(.invalidLength, at: start) }
        }
        return Int(value)
    }
}
