import Foundation
import GRDB
import MerkleTrie
import PhalaPrimitives
import PhalaTesting
import Testing

@testable import StateStore

@Suite struct ChainDatabaseCommitTests {
    @Test(arguments: Backend.allCases)
    func aCommittedBlockReadsBackWhole(backend: Backend) throws {
        var world = try ChainWorld.open(backend)
        let engine = try grandpaEngine()
        let genesis = try world.commit(parent: nil, changes: [StorageChange(key: [1], value: [0xAA])])
        let commit = try world.makeCommit(
            parent: genesis,
            changes: [StorageChange(key: [1], value: nil), StorageChange(key: [2], value: Array(repeating: 9, count: 40))],
            justification: Justification(engine: engine, encoded: [5, 6, 7])
        )
        let id = try world.database.commit(commit)

        #expect(id == BlockID(number: 1, hash: commit.block.header.hash))
        #expect(try world.database.header(hash: id.hash) == commit.block.header)
        #expect(try world.database.block(hash: id.hash) == commit.block)
        #expect(try world.database.hash(number: 0) == genesis.hash)
        #expect(try world.database.hash(number: 1) == id.hash)
        #expect(try world.database.hash(number: 2) == nil)
        #expect(world.database.genesisHash == genesis.hash)
        #expect(world.database.bestBlock == id)
        #expect(world.database.finalizedBlock == genesis)
        #expect(try world.database.justifications(hash: id.hash) == [Justification(engine: engine, encoded: [5, 6, 7])])
        #expect(try world.database.justifications(hash: genesis.hash) == [])
        #expect(try world.database.storageChanges(hash: id.hash) == commit.storageChanges)
        let trie = try world.database.trie(at: id.hash)
        #expect(try trie.value(forKey: [1]) == nil)
        #expect(try trie.value(forKey: [2]) == Array(repeating: 9, count: 40))
        #expect(try world.database.trie(at: genesis.hash).value(forKey: [1]) == [0xAA])
    }

    @Test(arguments: Backend.allCases)
    func unknownBlocksReadAsNothing(backend: Backend) throws {
        let world = try ChainWorld.open(backend)
        let unknown = H256(FixedBytes(repeating: 0x42))
        #expect(world.database.bestBlock == nil)
        #expect(world.database.finalizedBlock == nil)
        #expect(world.database.genesisHash == nil)
        #expect(try world.database.header(hash: unknown) == nil)
        #expect(try world.database.block(hash: unknown) == nil)
        #expect(try world.database.hash(number: 0) == nil)
        #expect(try world.database.storageChanges(hash: unknown) == nil)
        #expect(try world.database.justifications(hash: unknown) == [])
        #expect(throws: StateStoreError.unknownBlock) { try world.database.trie(at: unknown) }
    }

    @Test(arguments: Backend.allCases)
    func everyBlockOfARandomChainKeepsItsOwnState(backend: Backend) throws {
        var world = try ChainWorld.open(backend)
        let ids = try world.grow(blocks: 15, seed: 11)
        for (number, id) in ids.enumerated() {
            #expect(try world.database.hash(number: BlockNumber(number)) == id.hash)
            #expect(try world.stateMatches(at: id.hash))
        }
    }

    @Test(arguments: Backend.allCases)
    func aHeavierForkBecomesBestAndRewritesTheCanonicalChain(backend: Backend) throws {
        var world = try ChainWorld.open(backend)
        let genesis = try world.commit(parent: nil, changes: [])
        let a1 = try world.commit(parent: genesis, changes: [StorageChange(key: [1], value: [1])])
        let a2 = try world.commit(parent: a1, changes: [StorageChange(key: [2], value: [2])])
        let b1 = try world.commit(parent: genesis, changes: [StorageChange(key: [3], value: [3])], fork: 1, makeBest: false)
        #expect(world.database.bestBlock == a2)
        #expect(try world.database.hash(number: 1) == a1.hash)

        let b2 = try world.commit(parent: b1, changes: [], fork: 1)
        let b3 = try world.commit(parent: b2, changes: [], fork: 1)
        #expect(world.database.bestBlock == b3)
        #expect(try [0, 1, 2, 3].map { try world.database.hash(number: $0) } == [genesis.hash, b1.hash, b2.hash, b3.hash])
        #expect(try world.database.header(hash: a2.hash) != nil)
        #expect(try world.stateMatches(at: a2.hash))
        #expect(try world.stateMatches(at: b3.hash))

        let a3 = try world.commit(parent: a2, changes: [], makeBest: true)
        #expect(try [1, 2, 3].map { try world.database.hash(number: $0) } == [a1.hash, a2.hash, a3.hash])
    }

    @Test(arguments: Backend.allCases)
    func aCommitThatFailsMidwayLeavesNothingBehind(backend: Backend) throws {
        var world = try ChainWorld.open(backend)
        let genesis = try world.commit(parent: nil, changes: [])
        let a1 = try world.commit(parent: genesis, changes: [StorageChange(key: [1], value: [1])])
        try world.database.setFinalized(hash: a1.hash)
        let before = try TableCounts(world.database)

        // A fork below the finalized block: the nodes, block and changes are written before the move of
        // the best block discovers the conflict, so this exercises the rollback.
        let fork = try world.makeCommit(
            parent: genesis,
            changes: [StorageChange(key: [7], value: Array(repeating: 7, count: 50))],
            fork: 1,
            justification: Justification(engine: try grandpaEngine(), encoded: [1])
        )
        #expect(throws: StateStoreError.conflictsWithFinalized) { try world.database.commit(fork) }

        #expect(try TableCounts(world.database) == before)
        #expect(try world.database.header(hash: fork.block.header.hash) == nil)
        #expect(world.database.bestBlock == a1)
        #expect(try world.database.hash(number: 1) == a1.hash)
        for node in fork.stateChanges.nodes {
            #expect(try world.database.writer.read { try Data.fetchOne($0, sql: "SELECT bytes FROM trie_node WHERE hash = ?", arguments: [Data(node.hash)]) } == nil)
        }
    }

    @Test(arguments: Backend.allCases)
    func aFullDiskFailsTheCommitWithATypedErrorAndKeepsNothing(backend: Backend) throws {
        var world = try ChainWorld.open(backend)
        let genesis = try world.commit(parent: nil, changes: [])
        let before = try TableCounts(world.database)
        let pages = try world.database.writer.read { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
        try world.database.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(pages + 2)") }

        var generator = SplitMix64(seed: 3)
        let big = (0..<400).map { index in
            StorageChange(key: [0x10, UInt8(index >> 8), UInt8(index & 0xFF)], value: generator.bytes(64))
        }
        let commit = try world.makeCommit(parent: genesis, changes: big)
        #expect(throws: StateStoreError.diskFull) { try world.database.commit(commit) }
        #expect(try TableCounts(world.database) == before)
        #expect(world.database.bestBlock == genesis)

        try world.database.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = 1073741823") }
        #expect(try world.database.commit(commit).number == 1)
    }

    @Test(arguments: Backend.allCases)
    func inconsistentCommitsAreRefusedWithTheirReason(backend: Backend) throws {
        var world = try ChainWorld.open(backend)
        var notGenesis = try world.makeCommit(parent: nil, changes: [])
        notGenesis.block.header.number = 4
        #expect(throws: StateStoreError.invalidCommit) { try world.database.commit(notGenesis) }

        let genesis = try world.commit(parent: nil, changes: [])
        let secondGenesis = try world.makeCommit(parent: nil, changes: [], fork: 1)
        #expect(throws: StateStoreError.invalidCommit) { try world.database.commit(secondGenesis) }
        #expect(throws: StateStoreError.blockAlreadyStored) {
            try world.database.commit(try world.makeCommit(parent: nil, changes: []))
        }

        var wrongRoot = try world.makeCommit(parent: genesis, changes: [StorageChange(key: [1], value: [1])])
        wrongRoot.block.header.stateRoot = .zero
        #expect(throws: StateStoreError.invalidCommit) { try world.database.commit(wrongRoot) }

        let unsorted = try world.makeCommit(
            parent: genesis, changes: [StorageChange(key: [2], value: [2]), StorageChange(key: [1], value: [1])]
        )
        #expect(throws: StateStoreError.invalidCommit) { try world.database.commit(unsorted) }
        let duplicate = try world.makeCommit(
            parent: genesis, changes: [StorageChange(key: [1], value: [2]), StorageChange(key: [1], value: [1])]
        )
        #expect(throws: StateStoreError.invalidCommit) { try world.database.commit(duplicate) }

        var wrongNumber = try world.makeCommit(parent: genesis, changes: [])
        wrongNumber.block.header.number = 5
        #expect(throws: StateStoreError.invalidCommit) { try world.database.commit(wrongNumber) }

        var orphan = try world.makeCommit(parent: genesis, changes: [])
        orphan.block.header.parentHash = H256(FixedBytes(repeating: 1))
        #expect(throws: StateStoreError.unknownParent) { try world.database.commit(orphan) }

        let finalizedOnly = try world.makeCommit(parent: genesis, changes: [], makeBest: false, finalize: true)
        #expect(throws: StateStoreError.invalidCommit) { try world.database.commit(finalizedOnly) }

        #expect(world.database.bestBlock == genesis)
        #expect(try TableCounts(world.database).blocks == 1)
    }
}

/// Row counts of every table, to show that a failed operation wrote nothing.
struct TableCounts: Equatable {
    var nodes, blocks, canonical, justifications, changes: Int
    var heads: [Data?]

    init(_ database: ChainDatabase) throws {
        (nodes, blocks, canonical, justifications, changes, heads) = try database.writer.read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1 }
            let heads = try Row.fetchOne(db, sql: "SELECT best_hash, finalized_hash FROM chain").map { [$0[0], $0[1]] as [Data?] } ?? []
            return (
                try count("trie_node"), try count("block"), try count("canonical"), try count("justification"),
                try count("storage_change"), heads
            )
        }
    }
}
