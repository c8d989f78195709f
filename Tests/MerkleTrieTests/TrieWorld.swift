import MerkleTrie
import PhalaTesting

/// A trie over an in-memory store that tests change step by step, writing each change set as the node
/// would.
struct TrieWorld {
    var store = InMemoryNodeStore()
    var trie: Trie

    init() throws {
        trie = try Trie(store: store)
    }

    /// A world holding exactly `entries`, inserted in one batch.
    static func build(_ entries: [([UInt8], [UInt8])]) throws -> TrieWorld {
        var world = try TrieWorld()
        try world.apply(entries.map { ($0.0, Optional($0.1)) })
        return world
    }

    /// Applies `changes`, stores the new nodes and moves to the new root.
    mutating func apply(_ changes: [([UInt8], [UInt8]?)]) throws {
        let changeSet = try trie.applying(changes)
        store.insert(changeSet)
        trie = try Trie(root: changeSet.root, store: store)
    }
}

/// The bytes of a hex vector (whitespace and line breaks ignored); a malformed vector stops the run.
func bytes(_ text: String) -> [UInt8] {
    guard let decoded = Hex.bytes(String(text.filter { !$0.isWhitespace })) else {
        preconditionFailure("malformed hex vector: \(text.prefix(40))")
    }
    return decoded
}

/// The UTF-8 bytes of `text`.
func utf8(_ text: String) -> [UInt8] {
    Array(text.utf8)
}

/// Random distinct keys and values for property tests.
enum RandomEntries {
    /// `count` entries with distinct keys of 1…`maxKeyLength` bytes drawn from a small alphabet (so keys
    /// share prefixes and branches nest), and values of 0…`maxValueLength` bytes.
    static func make(
        count: Int,
        maxKeyLength: Int = 6,
        maxValueLength: Int = 40,
        using generator: inout SplitMix64
    ) -> [([UInt8], [UInt8])] {
        let alphabet: [UInt8] = [0x00, 0x01, 0x10, 0x11, 0xAB, 0xFF]
        var seen: Set<[UInt8]> = []
        var entries: [([UInt8], [UInt8])] = []
        while entries.count < count {
            let length = Int.random(in: 1...maxKeyLength, using: &generator)
            let key: [UInt8] = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            guard seen.insert(key).inserted else { continue }
            entries.append((key, generator.bytes(Int.random(in: 0...maxValueLength, using: &generator))))
        }
        return entries
    }
}
