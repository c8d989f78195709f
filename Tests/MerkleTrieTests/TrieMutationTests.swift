import MerkleTrie
import PhalaCrypto
import PhalaTesting
import Testing

@Suite struct TrieMutationTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomInsertsAndRemovesAlwaysMatchTheDirectRoot(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        var world = try TrieWorld()
        var model: [[UInt8]: [UInt8]] = [:]
        let pool = RandomEntries.make(count: 120, using: &generator)
        for step in 0..<300 {
            let key = pool.randomElement(using: &generator)?.0 ?? []
            let batchOfOne: [([UInt8], [UInt8]?)]
            if Bool.random(using: &generator) {
                let fresh = generator.bytes(Int.random(in: 0...40, using: &generator))
                model[key] = fresh
                batchOfOne = [(key, fresh)]
            } else {
                model[key] = nil
                batchOfOne = [(key, nil)]
            }
            try world.apply(batchOfOne)
            if step.isMultiple(of: 25) || step == 299 {
                #expect(world.trie.root == Trie.root(of: model.map { ($0.key, $0.value) }))
            }
        }
        for (key, value) in model { #expect(try world.trie.value(forKey: key) == value) }
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func oneBatchEqualsTheSameChangesOneByOne(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let start = RandomEntries.make(count: 80, using: &generator)
        var batched = try TrieWorld.build(start)
        var stepwise = batched
        var changes: [([UInt8], [UInt8]?)] = []
        for (key, _) in start.shuffled(using: &generator).prefix(40) { changes.append((key, nil)) }
        for (key, value) in RandomEntries.make(count: 40, using: &generator) { changes.append((key, value)) }
        changes.shuffle(using: &generator)
        try batched.apply(changes)
        for change in changes { try stepwise.apply([change]) }
        #expect(batched.trie.root == stepwise.trie.root)
    }

    @Test func removingEveryKeyInRandomOrderGivesTheEmptyRoot() throws {
        var generator = SplitMix64(seed: 99)
        let entries = RandomEntries.make(count: 150, using: &generator)
        var world = try TrieWorld.build(entries)
        #expect(world.trie.root == Trie.root(of: entries))
        for (key, _) in entries.shuffled(using: &generator) { try world.apply([(key, nil)]) }
        #expect(world.trie.root == Trie.emptyRoot)
    }

    @Test func removingAnAbsentKeyChangesNothing() throws {
        let world = try TrieWorld.build(TrieRootTests.animals)
        for absent in ["", "d", "dogs", "doge", "zebra"] {
            let changes = try world.trie.removing(key: utf8(absent))
            #expect(changes.root == world.trie.root)
            #expect(changes.nodes.isEmpty)
        }
    }

    @Test func valuesAroundTheHashingThresholdFollowStateVersionOne() throws {
        let at32 = [UInt8](repeating: 1, count: 32)
        let at33 = [UInt8](repeating: 2, count: 33)
        let batch: [([UInt8], [UInt8]?)] = [([0x10], at32), ([0x20], at33)]
        let changes = try Trie(store: InMemoryNodeStore()).applying(batch)
        // The 33-byte value is its own entry, under its hash; the 32-byte one is not.
        #expect(changes.nodes.contains(StoredNode(hash: Hashing.blake2_256(at33), bytes: at33)))
        #expect(!changes.nodes.contains { $0.bytes == at32 })
        var world = try TrieWorld()
        try world.apply(batch)
        #expect(world.trie.root == Trie.root(of: [([0x10], at32), ([0x20], at33)]))
        #expect(try world.trie.value(forKey: [0x20]) == at33)
        // Shrinking the value below the threshold makes it inline again.
        try world.apply([([0x20], at32)])
        #expect(world.trie.root == Trie.root(of: [([0x10], at32), ([0x20], at32)]))
    }

    @Test func changeSetListsEachNodeOnceWithItsHash() throws {
        var generator = SplitMix64(seed: 5)
        let entries = RandomEntries.make(count: 60, using: &generator)
        let changes = try Trie(store: InMemoryNodeStore()).applying(entries.map { ($0.0, Optional($0.1)) })
        #expect(Set(changes.nodes.map(\.hash)).count == changes.nodes.count)
        for node in changes.nodes { #expect(node.hash == Hashing.blake2_256(node.bytes)) }
        #expect(changes.nodes.last?.hash == changes.root)
    }

    @Test func unchangedTrieNeedsNoNewNodes() throws {
        let world = try TrieWorld.build(TrieRootTests.animals)
        let changes = try world.trie.applying([])
        #expect(changes == TrieChangeSet(root: world.trie.root, nodes: []))
    }
}
