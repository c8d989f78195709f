import MerkleTrie
import PhalaTesting
import Testing

@Suite struct TrieIterationTests {
    /// Sorted keys of `entries`, filtered as the trie should filter them.
    static func expectedKeys(
        _ entries: [([UInt8], [UInt8])],
        prefix: [UInt8],
        after start: [UInt8]?,
        limit: Int?
    ) -> [[UInt8]] {
        let keys = entries.map(\.0)
            .filter { $0.starts(with: prefix) }
            .filter { key in start.map { $0.lexicographicallyPrecedes(key) } ?? true }
            .sorted { $0.lexicographicallyPrecedes($1) }
        return Array(keys.prefix(limit ?? Int.max))
    }

    @Test func listsAllKeysInByteOrder() throws {
        let world = try TrieWorld.build(TrieRootTests.animals + [(utf8("cat"), [1]), (utf8("do"), [2])])
        #expect(try world.trie.keys() == ["cat", "do", "doe", "dog", "dogglesworth"].map(utf8))
        #expect(try world.trie.entries(prefix: utf8("dog")).map(\.value) == [utf8("puppy"), utf8("cat")])
    }

    @Test func emptyTrieAndZeroLimitListNothing() throws {
        #expect(try TrieWorld().trie.keys().isEmpty)
        #expect(try TrieWorld.build(TrieRootTests.animals).trie.keys(limit: 0).isEmpty)
    }

    @Test(arguments: [21, 22, 23, 24] as [UInt64])
    func prefixStartAndLimitMatchAFilteredSort(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let entries = RandomEntries.make(count: 150, maxValueLength: 50, using: &generator)
        let world = try TrieWorld.build(entries)
        let candidates: [[UInt8]] = [[], [0x00], [0x01], [0x10, 0x11], [0xAB], [0x11, 0x01, 0x00], [0xFF, 0xFF]]
        for prefix in candidates {
            for start in [nil] + candidates + entries.prefix(5).map(\.0) {
                for limit in [nil, 1, 7] as [Int?] {
                    let expected = Self.expectedKeys(entries, prefix: prefix, after: start, limit: limit)
                    #expect(try world.trie.keys(prefix: prefix, startingAfter: start, limit: limit) == expected)
                }
            }
        }
        let values = Dictionary(uniqueKeysWithValues: entries.map { ($0.0, $0.1) })
        for (key, value) in try world.trie.entries() { #expect(values[key] == value) }
    }

    @Test func pagingThroughAllKeysVisitsEachOnce() throws {
        var generator = SplitMix64(seed: 31)
        let entries = RandomEntries.make(count: 200, using: &generator)
        let world = try TrieWorld.build(entries)
        var pages: [[UInt8]] = []
        var last: [UInt8]?
        while true {
            let page = try world.trie.keys(prefix: [], startingAfter: last, limit: 13)
            if page.isEmpty { break }
            pages += page
            last = page.last
        }
        #expect(pages == Self.expectedKeys(entries, prefix: [], after: nil, limit: nil))
    }
}
