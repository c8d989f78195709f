import MerkleTrie
import RuntimeSupport
import Testing

@Suite struct OverlayTests {
    /// A trie holding `entries`, over its own in-memory store.
    static func trie(_ entries: [([UInt8], [UInt8])]) throws -> Trie {
        let empty = try Trie(store: InMemoryNodeStore())
        let changes = try empty.applying(entries.map { ($0.0, Optional($0.1)) })
        var store = InMemoryNodeStore()
        store.insert(changes)
        return try Trie(root: changes.root, store: store)
    }

    @Test func readsFallThroughToTheBaseUntilWritten() throws {
        var overlay = Overlay(base: try Self.trie([([1], [10]), ([2], [20])]))
        #expect(try overlay.value(forKey: [1]) == [10])
        overlay.set([11], forKey: [1])
        overlay.remove(key: [2])
        #expect(try overlay.value(forKey: [1]) == [11])
        #expect(try overlay.value(forKey: [2]) == nil)
        #expect(try overlay.contains(key: [2]) == false)
        #expect(try overlay.value(forKey: [3]) == nil)
    }

    @Test func aRolledBackTransactionUndoesOnlyItsOwnWrites() throws {
        var overlay = Overlay(base: try Self.trie([([1], [10])]))
        overlay.set([2], forKey: [2])
        overlay.beginTransaction()
        overlay.set([3], forKey: [3])
        overlay.remove(key: [1])
        overlay.set([22], forKey: [2])
        overlay.rollBackTransaction()
        #expect(try overlay.value(forKey: [1]) == [10])
        #expect(try overlay.value(forKey: [2]) == [2])
        #expect(try overlay.value(forKey: [3]) == nil)
        #expect(overlay.transactionDepth == 0)
    }

    @Test func nestedTransactionsCommitIntoTheirParent() throws {
        var overlay = Overlay(base: try Self.trie([]))
        overlay.beginTransaction()
        overlay.beginTransaction()
        overlay.set([1], forKey: [1])
        overlay.commitTransaction()
        #expect(try overlay.value(forKey: [1]) == [1])
        overlay.rollBackTransaction()
        #expect(try overlay.value(forKey: [1]) == nil)
    }

    @Test func transactionalRollsBackWhenTheBodyThrows() throws {
        var overlay = Overlay(base: try Self.trie([]))
        #expect(throws: DispatchError.badOrigin) {
            try overlay.transactional { (state: inout Overlay) throws(DispatchError) in
                state.set([1], forKey: [1])
                throw .badOrigin
            }
        }
        #expect(try overlay.value(forKey: [1]) == nil)
        try overlay.transactional { (state: inout Overlay) throws(DispatchError) in state.set([2], forKey: [2]) }
        #expect(try overlay.value(forKey: [2]) == [2])
    }

    @Test func transactionsStopAtTheLimit() throws {
        var overlay = Overlay(base: try Self.trie([]))
        for _ in 0..<Overlay.transactionLimit { overlay.beginTransaction() }
        #expect(throws: DispatchError.transactional(.limitReached)) {
            try overlay.transactional { (_: inout Overlay) throws(DispatchError) in }
        }
    }

    @Test func appendsGrowAStoredVectorAndRollBackByCount() throws {
        // SCALE Vec<u16> [1, 2]: compact 2, then two little-endian u16s.
        var overlay = Overlay(base: try Self.trie([([9], [0x08, 1, 0, 2, 0])]))
        try overlay.append([3, 0], toVectorAt: [9])
        overlay.beginTransaction()
        try overlay.append([4, 0], toVectorAt: [9])
        try overlay.append([5, 0], toVectorAt: [9])
        overlay.rollBackTransaction()
        #expect(try overlay.value(forKey: [9]) == [0x0c, 1, 0, 2, 0, 3, 0])
        try overlay.append([7], toVectorAt: [8])
        #expect(try overlay.value(forKey: [8]) == [0x04, 7])
    }

    @Test func iterationMergesBaseAndOverlayInKeyOrder() throws {
        var overlay = Overlay(base: try Self.trie([([1, 1], [1]), ([1, 3], [3]), ([2, 0], [9])]))
        overlay.set([2], forKey: [1, 2])
        overlay.remove(key: [1, 3])
        overlay.set([0], forKey: [1, 0])
        let entries = try overlay.entries(prefix: [1])
        #expect(entries.map(\.key) == [[1, 0], [1, 1], [1, 2]])
        #expect(entries.map(\.value) == [[0], [1], [2]])
        try overlay.removeAll(prefix: [1])
        #expect(try overlay.keys(prefix: []) == [[2, 0]])
    }

    @Test func theCommittedRootIsTheRootOfTheResultingEntries() throws {
        var overlay = Overlay(base: try Self.trie([([1], [1]), ([2], [2])]))
        overlay.set(Array(repeating: 7, count: 40), forKey: [3])
        overlay.remove(key: [1])
        try overlay.append([1], toVectorAt: [4])
        let changes = try overlay.committed()
        let expected = Trie.root(of: [([2], [2]), ([3], Array(repeating: 7, count: 40)), ([4], [4, 1])])
        #expect(changes.root == expected)
    }

    @Test func aMissingBaseNodeIsRecordedAsABackendFailure() throws {
        let full = try Self.trie([([1], Array(repeating: 1, count: 40)), ([2], [2])])
        var overlay = Overlay(base: try Trie(root: full.root, store: InMemoryNodeStore()))
        #expect(throws: TrieError.self) { try overlay.value(forKey: [1]) }
        #expect(overlay.backendFailure != nil)
    }
}
