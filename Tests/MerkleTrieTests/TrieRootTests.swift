import MerkleTrie
import PhalaCrypto
import Testing

@Suite struct TrieRootTests {
    static let animals = [
        (utf8("doe"), utf8("reindeer")), (utf8("dog"), utf8("puppy")), (utf8("dogglesworth"), utf8("cat")),
    ]

    @Test func emptyTrieRootIsTheHashOfTheEmptyNode() throws {
        #expect(Trie.emptyRoot == bytes(UpstreamVectors.emptyRoot))
        #expect(Trie.emptyRoot == Hashing.blake2_256([0x00]))
        #expect(Trie.root(of: []) == Trie.emptyRoot)
        #expect(try TrieWorld().trie.root == Trie.emptyRoot)
    }

    @Test func threeAnimalsMatchSubstrateBasicExternalities() throws {
        #expect(Trie.root(of: Self.animals) == bytes(UpstreamVectors.doeDogDogglesworthRoot))
        #expect(try TrieWorld.build(Self.animals).trie.root == bytes(UpstreamVectors.doeDogDogglesworthRoot))
    }

    @Test func threeAnimalsWithEmptyCodeMatchSubstrateTestExternalities() throws {
        let entries = Self.animals + [(utf8(":code"), [])]
        #expect(Trie.root(of: entries) == bytes(UpstreamVectors.doeDogDogglesworthWithCodeRoot))
        #expect(try TrieWorld.build(entries).trie.root == bytes(UpstreamVectors.doeDogDogglesworthWithCodeRoot))
    }

    @Test func singleShortEntryRootIsTheHashOfItsLeafEvenUnder32Bytes() {
        // polkadot-sdk trie/src/lib.rs `codec_trie_single_tuple`: the root node is 42 aa 04 bb.
        #expect(Trie.root(of: [([0xAA], [0xBB])]) == Hashing.blake2_256([0x42, 0xAA, 0x04, 0xBB]))
    }

    @Test func valuesOf32BytesStayInlineAnd33BytesAreHashed() {
        // LayoutV1: MAX_INLINE_VALUE = 33, values of that length or more become hashed-value nodes.
        let inline = [UInt8](repeating: 0x11, count: 32)
        let hashed = [UInt8](repeating: 0x22, count: 33)
        #expect(Trie.root(of: [([0xAA], inline)]) == Hashing.blake2_256([0x42, 0xAA, 0x80] + inline))
        #expect(Trie.root(of: [([0xAA], hashed)]) == Hashing.blake2_256([0x22, 0xAA] + Hashing.blake2_256(hashed)))
    }

    @Test func laterDuplicateWinsAndOrderDoesNotMatter() {
        let forward = Trie.root(of: [([1], [1]), ([2], [2]), ([1], [3])])
        let reordered = Trie.root(of: [([2], [2]), ([1], [3])])
        #expect(forward == reordered)
    }
}
