import GRDB
import MerkleTrie
import PhalaPrimitives
import Testing

@testable import StateStore

@Suite struct ChainDatabaseFinalityTests {
    @Test(arguments: Backend.allCases)
    func finalizingStoresTheJustificationAndMovesTheFinalizedBlock(backend: Backend) throws {
        var world = try ChainWorld.open(backend)
        let engine = try grandpaEngine()
        let ids = try world.grow(blocks: 3, seed: 1)
        let target = try world.database.setFinalized(hash: ids[2].hash, justification: Justification(engine: engine, encoded: [1]))
        #expect(target == ids[2])
        #expect(world.database.finalizedBlock == ids[2])
        #expect(try world.database.justifications(hash: ids[2].hash) == [Justification(engine: engine, encoded: [1])])

        // Finalizing the same block again replaces its proof from the same engine.
        try world.database.setFinalized(hash: ids[2].hash, justification: Justification(engine: engine, encoded: [2]))
        #expect(try world.database.justifications(hash: ids[2].hash) == [Justification(engine: engine, encoded: [2])])
    }

    @Test(arguments: Backend.allCases)
    func aCommitCanFinalizeItsOwnBlock(backend: Backend) throws {
        var world = try ChainWorld.open(backend)
        let genesis = try world.commit(parent: nil, changes: [])
        let proof = Justification(engine: try grandpaEngine(), encoded: [9, 9])
        let id = try world.commit(parent: genesis, changes: [], justification: proof, finalize: true)
        #expect(world.database.finalizedBlock == id)
        #expect(world.database.bestBlock == id)
        #expect(try world.database.justifications(hash: id.hash) == [proof])
    }

    @Test(arguments: Backend.allCases)
    func finalityNeverMovesBackOrOffTheBestChain(backend: Backend) throws {
        var world = try ChainWorld.open(backend)
        let ids = try world.grow(blocks: 3, seed: 2)
        let side = try world.commit(parent: ids[0], changes: [], fork: 1, makeBest: false)
        #expect(throws: StateStoreError.conflictsWithFinalized) { try world.database.setFinalized(hash: side.hash) }

        try world.database.setFinalized(hash: ids[2].hash)
        #expect(throws: StateStoreError.conflictsWithFinalized) { try world.database.setFinalized(hash: ids[1].hash) }
        #expect(throws: StateStoreError.unknownBlock) { try world.database.setFinalized(hash: H256(FixedBytes(repeating: 3))) }
        #expect(world.database.finalizedBlock == ids[2])

        // A longer fork from below the finalized block cannot become best.
        let forkBlock = try world.makeCommit(parent: side, changes: [], fork: 1)
        #expect(throws: StateStoreError.conflictsWithFinalized) { try world.database.commit(forkBlock) }
    }

    @Test(arguments: Backend.allCases)
    func keepRecentPrunesOldChangeSetsButKeepsTheirState(backend: Backend) throws {
        var world = try ChainWorld.open(backend, configuration: .init(statePruning: .keepRecent(blocks: 3)))
        let ids = try world.grow(blocks: 8, seed: 5)
        try world.database.setFinalized(hash: ids[6].hash)

        // Finalized #6 with a window of 3 keeps the change sets of #4, #5, #6 and of unfinalized #7, #8.
        for id in ids[0...3] {
            #expect(throws: StateStoreError.changesPruned) { try world.database.storageChanges(hash: id.hash) }
        }
        for id in ids[4...8] {
            #expect(try world.database.storageChanges(hash: id.hash)?.isEmpty == false)
        }
        // Nodes are not pruned: every historical state still reads whole.
        for id in ids {
            #expect(try world.stateMatches(at: id.hash))
            #expect(try world.database.block(hash: id.hash) != nil)
        }
        let rows = try world.database.writer.read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT block_id) FROM storage_change") }
        #expect(rows == 5)
    }

    @Test(arguments: Backend.allCases)
    func archiveKeepsEveryChangeSet(backend: Backend) throws {
        var world = try ChainWorld.open(backend)
        let ids = try world.grow(blocks: 6, seed: 6)
        try world.database.setFinalized(hash: ids[6].hash)
        for id in ids {
            #expect(try world.database.storageChanges(hash: id.hash)?.isEmpty == false)
        }
    }
}
