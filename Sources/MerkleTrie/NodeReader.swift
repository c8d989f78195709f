internal import SCALE

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

    /// Reads a SCALE compact `u32` length, as node values and child references are prefixed. At most 68
    /// bytes (the longest compact encoding) are handed to the SCALE decoder.
    mutating func compactLength() throws(TrieError) -> Int {
        var decoder = ScaleDecoder(Array(bytes[offset..<Swift.min(bytes.count, offset + 68)]))
        do {
            let length = try Compact<UInt32>(from: &decoder).value
            offset += decoder.offset
            return Int(length)
        } catch {
            if case .unexpectedEnd(let needed) = error.kind {
                throw failure(.truncated(needed: needed), at: offset + error.offset)
            }
            throw failure(.invalidLength, at: offset)
        }
    }
}
