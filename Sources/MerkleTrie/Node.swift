/// A decoded Substrate trie node (`sp-trie`'s `NodeCodec`, no extension nodes).
///
/// Partial keys are nibble paths (one nibble per element). A leaf holds the rest of its key and a
/// value; a branch holds a partial key, an optional value and up to 16 children indexed by the next
/// nibble. The empty node (`0x00`) only ever stands for an empty trie's root.
enum Node: Equatable, Sendable {
    /// The empty trie.
    case empty
    /// The end of one key: the nibbles left after the parent, and the value.
    case leaf(partial: [UInt8], value: NodeValue)
    /// A fork: the shared nibbles, the value of the key ending here (if any) and 16 child slots.
    case branch(partial: [UInt8], value: NodeValue?, children: [ChildReference?])
}

/// A value as a node holds it: inline, or (state version 1, values over 32 bytes) by its hash.
enum NodeValue: Equatable, Sendable {
    /// The value's bytes.
    case inline([UInt8])
    /// The value's BLAKE2b-256 hash; the value itself is a separate store entry.
    case hashed([UInt8])
}

/// How a branch refers to a child: by hash, or by embedding an encoding shorter than 32 bytes.
enum ChildReference: Equatable, Sendable {
    /// The child's 32-byte hash.
    case hash([UInt8])
    /// The child's whole encoding (fewer than 32 bytes).
    case inline([UInt8])
}

/// Constants of Substrate's trie layout (`sp-trie` `trie_constants`, `LayoutV1`).
enum Layout {
    /// Values at least this long are stored hashed (`TRIE_VALUE_NODE_THRESHOLD`).
    static let hashedValueThreshold = 33
    /// Node encodings at least this long are referenced by hash rather than inlined.
    static let hashLength = 32
    /// The encoding of the empty trie.
    static let emptyNode: [UInt8] = [0x00]
}
