import GRDB
import MerkleTrie
import PhalaTesting
import Testing

@testable import StateStore

@Suite struct SQLiteNodeStoreTests {
    /// Seeded random rounds of inserts, overwrites and removals, applied to a trie over the SQLite node
    /// store and to one over `InMemoryNodeStore`: roots, values, iteration and proofs must agree.
    @Test(arguments: Backend.allCases, [0, 1 << 20])
    func trieOverTheDatabaseMatchesTheInMemoryTrie(backend: Backend, cacheBytes: Int) throws {
        let world = try ChainWorld.open(backend, configuration: .init(nodeCacheBytes: cacheBytes))
        var store = world.database.nodeStore
        var reference = InMemoryNodeStore()
        var root = Trie.emptyRoot
        var generator = SplitMix64(seed: 0x5704_E5_7A7E)
        var keys: [[UInt8]] = []
        for round in 0..<12 {
            var changes: [[UInt8]: [UInt8]?] = [:]
            for _ in 0..<(round == 0 ? 300 : 60) {
                let reuse = !keys.isEmpty && Bool.random(using: &generator)
                let key = reuse ? keys.randomElement(using: &generator)! : generator.bytes(Int.random(in: 1...40, using: &generator))
                if !reuse { keys.append(key) }
                changes[key] = Int.random(in: 0..<4, using: &generator) == 0 ? nil : generator.bytes(Int.random(in: 0...90, using: &generator))
            }
            let sorted = changes.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { ($0.key, $0.value) }
            let expected = try Trie(root: root, store: reference).applying(sorted)
            let actual = try Trie(root: root, store: store).applying(sorted)
            #expect(actual == expected)
            reference.insert(expected)
            try store.insert(actual.nodes)
            root = actual.root

            let onDisk = try Trie(root: root, store: store)
            let inMemory = try Trie(root: root, store: reference)
            #expect(try onDisk.entries().map { $0.key } == inMemory.entries().map { $0.key })
            #expect(try onDisk.entries().map { $0.value } == inMemory.entries().map { $0.value })
            let probe = Array(keys.shuffled(using: &generator).prefix(8)) + [generator.bytes(5)]
            for key in probe {
                #expect(try onDisk.value(forKey: key) == inMemory.value(forKey: key))
            }
            #expect(try onDisk.generateProof(keys: probe) == inMemory.generateProof(keys: probe))
        }
    }

    @Test(arguments: Backend.allCases)
    func anAbsentNodeIsNilAndATrieOverItReportsTheMissingNode(backend: Backend) throws {
        let world = try ChainWorld.open(backend)
        let hash = [UInt8](repeating: 0xAB, count: 32)
        #expect(try world.database.nodeStore.node(forHash: hash) == nil)
        let trie = try Trie(root: hash, store: world.database.nodeStore)
        #expect(throws: TrieError.missingNode(hash: hash)) { try trie.value(forKey: [1]) }
    }

    @Test func insertingANodeTwiceKeepsOneRow() throws {
        let world = try ChainWorld.open(.memory)
        var store = world.database.nodeStore
        let node = StoredNode(hash: [UInt8](repeating: 7, count: 32), bytes: [1, 2, 3])
        try store.insert([node])
        try store.insert([node])
        let rows = try world.database.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM trie_node") }
        #expect(rows == 1)
        #expect(try store.node(forHash: node.hash) == [1, 2, 3])
    }

    @Test func aClosedDatabaseFailsReadsWithAStoreFailure() throws {
        let world = try ChainWorld.open(.file, configuration: .init(nodeCacheBytes: 0))
        try world.database.close()
        #expect {
            try world.database.nodeStore.node(forHash: [UInt8](repeating: 1, count: 32))
        } throws: { error in
            if case TrieError.storeFailure = error { true } else { false }
        }
    }
}
