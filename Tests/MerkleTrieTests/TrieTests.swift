import MerkleTrie
import PhalaCrypto
import Testing

@Suite struct TrieTests {
    @Test func looksUpPresentAndAbsentKeys() throws {
        let world = try TrieWorld.build(TrieRootTests.animals + [(utf8("long"), Array(repeating: 5, count: 100))])
        #expect(try world.trie.value(forKey: utf8("dog")) == utf8("puppy"))
        #expect(try world.trie.value(forKey: utf8("dogglesworth")) == utf8("cat"))
        #expect(try world.trie.value(forKey: utf8("long")) == Array(repeating: 5, count: 100))
        for absent in ["", "d", "do", "dogg", "doggy", "dogglesworth!", "zebra"] {
            #expect(try world.trie.value(forKey: utf8(absent)) == nil)
        }
    }

    @Test func emptyKeyIsAnOrdinaryKey() throws {
        let world = try TrieWorld.build([([], [1]), ([0], [2])])
        #expect(try world.trie.value(forKey: []) == [1])
        #expect(Trie.root(of: [([], [1]), ([0], [2])]) == world.trie.root)
    }

    @Test func rootOfWrongLengthIsRefused() {
        #expect(throws: TrieError.invalidHashLength(31)) {
            try Trie(root: Array(repeating: 0, count: 31), store: InMemoryNodeStore())
        }
    }

    @Test func missingNodeIsReportedWithItsHash() throws {
        let world = try TrieWorld.build(TrieRootTests.animals)
        let bare = try Trie(root: world.trie.root, store: InMemoryNodeStore())
        #expect(throws: TrieError.missingNode(hash: world.trie.root)) { try bare.value(forKey: utf8("dog")) }
    }

    @Test func missingHashedValueIsReportedAsAMissingValue() throws {
        let value = [UInt8](repeating: 9, count: 40)
        let changes = try Trie(store: InMemoryNodeStore()).inserting(value, forKey: [1])
        var store = InMemoryNodeStore()
        store.insert(changes.nodes.filter { $0.bytes != value })
        let trie = try Trie(root: changes.root, store: store)
        #expect(throws: TrieError.missingValue(hash: Hashing.blake2_256(value))) { try trie.value(forKey: [1]) }
    }
}
