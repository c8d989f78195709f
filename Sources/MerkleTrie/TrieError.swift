/// Why a trie operation failed: a node the trie needs is absent, malformed, or a proof does not prove
/// what it claims.
///
/// Every failure on input from the network (proofs, roots) surfaces as one of these cases; the trie
/// never traps on untrusted bytes. Hashes are the 32-byte BLAKE2b-256 digests the trie references.
public enum TrieError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The node store has no node under `hash`, though the trie references it: the store is missing
    /// data (pruned, or written only in part). Reopen the store or resync the state.
    case missingNode(hash: [UInt8])
    /// The node store has no value under `hash`, though a node references it as a hashed value
    /// (state version 1 stores values longer than 32 bytes as their own node).
    case missingValue(hash: [UInt8])
    /// A node's bytes are not a valid Substrate trie node: `problem` says what was wrong and `offset`
    /// where in the node it was found. `hash` is the node's hash, or empty for an inline node.
    case malformedNode(hash: [UInt8], offset: Int, problem: NodeFormatProblem)
    /// A root or node hash is not 32 bytes long.
    case invalidHashLength(Int)
    /// The proof lacks the node (or hashed value) with `hash`, which verifying the requested keys
    /// needs. Ask the prover for a proof of exactly these keys at this root.
    case incompleteProof(missing: [UInt8])
    /// The proof holds the same node twice; `state_getReadProof` returns each node once.
    case duplicateProofNode(hash: [UInt8])
    /// The proof holds a node (or value) with `hash` that verifying the requested keys never used:
    /// the proof was padded or built for other keys.
    case unusedProofNode(hash: [UInt8])
    /// The proof is valid, but the value it proves for `key` is not the one expected.
    case valueMismatch(key: [UInt8], expected: [UInt8]?, proven: [UInt8]?)
    /// A node store backend failed for a reason of its own (I/O, a closed database); `reason` is its
    /// message.
    case storeFailure(reason: String)

    /// What went wrong and what to do about it.
    public var description: String {
        switch self {
        case .missingNode(let hash):
            "trie node 0x\(hex(hash)) is not in the node store; the state is incomplete, resync it"
        case .missingValue(let hash):
            "hashed value 0x\(hex(hash)) is not in the node store; the state is incomplete, resync it"
        case .malformedNode(let hash, let offset, let problem):
            "trie node \(hash.isEmpty ? "(inline)" : "0x" + hex(hash)) is malformed at byte \(offset): \(problem)"
        case .invalidHashLength(let length):
            "a trie hash must be 32 bytes, found \(length)"
        case .incompleteProof(let missing):
            "the proof lacks node 0x\(hex(missing)); request a proof for exactly these keys and root"
        case .duplicateProofNode(let hash):
            "the proof holds node 0x\(hex(hash)) more than once"
        case .unusedProofNode(let hash):
            "the proof holds node 0x\(hex(hash)), which the requested keys do not need"
        case .valueMismatch(let key, let expected, let proven):
            "the proof gives \(show(proven)) for key 0x\(hex(key)), expected \(show(expected))"
        case .storeFailure(let reason):
            "the node store failed: \(reason)"
        }
    }
}

/// What made a trie node's bytes invalid, reported inside `TrieError.malformedNode`.
public enum NodeFormatProblem: Equatable, Sendable, CustomStringConvertible {
    /// The node ended while `needed` more bytes were expected.
    case truncated(needed: Int)
    /// The header byte names no node kind (`0b0000_xxxx` other than the empty node `0x00`).
    case invalidHeader(UInt8)
    /// An odd-length partial key's unused high nibble is not zero.
    case nonZeroPadding
    /// A branch's child bitmap is zero: a branch must have at least one child.
    case branchWithoutChildren
    /// A compact length prefix is not canonical or does not fit in 32 bits.
    case invalidLength
    /// A child reference is `length` bytes: it must be a 32-byte hash or an inline node under 32 bytes.
    case invalidChildReference(length: Int)
    /// An empty node (`0x00`) appears where a leaf or branch must be (an inline child, or a root whose
    /// hash is not the empty-trie root).
    case unexpectedEmptyNode
    /// `count` bytes follow the end of the node.
    case trailingBytes(count: Int)
    /// A value sits at a path with an odd number of nibbles, which no byte-string key can reach.
    case valueAtOddNibbleDepth

    /// What was wrong with the node's bytes.
    public var description: String {
        switch self {
        case .truncated(let needed): "the node ends \(needed) byte(s) early"
        case .invalidHeader(let byte): "header byte 0x\(hex([byte])) names no node kind"
        case .nonZeroPadding: "the padding nibble of an odd-length partial key is not zero"
        case .branchWithoutChildren: "a branch has an empty child bitmap"
        case .invalidLength: "a compact length is not canonical or exceeds 32 bits"
        case .invalidChildReference(let length):
            "a child reference of \(length) bytes is neither a 32-byte hash nor an inline node under 32 bytes"
        case .unexpectedEmptyNode: "an empty node appears where a leaf or branch must be"
        case .trailingBytes(let count): "\(count) byte(s) follow the end of the node"
        case .valueAtOddNibbleDepth: "a value sits at an odd nibble depth"
        }
    }
}

/// Lower-case hex, for error messages.
func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
}

private func show(_ value: [UInt8]?) -> String {
    value.map { "0x" + hex($0) } ?? "no value"
}
