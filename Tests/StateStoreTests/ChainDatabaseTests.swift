import Foundation
import GRDB
import MerkleTrie
import PhalaPrimitives
import PhalaTesting
import Testing

@testable import StateStore

@Suite struct ChainDatabaseTests {
    @Test func reopeningAFileContinuesWhereItStopped() throws {
        var world = try ChainWorld.open(.file, configuration: .init(statePruning: .keepRecent(blocks: 2)))
        let ids = try world.grow(blocks: 6, seed: 7)
        try world.database.setFinalized(hash: ids[5].hash, justification: Justification(engine: try grandpaEngine(), encoded: [4]))
        let path = world.directory.path("chain.sqlite")
        try world.database.close()

        let reopened = try ChainDatabase(path: path)
        #expect(reopened.genesisHash == ids[0].hash)
        #expect(reopened.bestBlock == ids[6])
        #expect(reopened.finalizedBlock == ids[5])
        #expect(try reopened.justifications(hash: ids[5].hash).map(\.encoded) == [[4]])
        // Pruned change sets stay pruned, whatever the new configuration says.
        #expect(throws: StateStoreError.changesPruned) { try reopened.storageChanges(hash: ids[3].hash) }

        var continued = ChainWorld(database: reopened, directory: world.directory, states: world.states)
        let next = try continued.grow(blocks: 2, seed: 8)
        #expect(reopened.bestBlock == next.last)
        #expect(try reopened.hash(number: 8) == next.last?.hash)
        for id in ids + next {
            #expect(try continued.stateMatches(at: id.hash))
        }
    }

    @Test func aFileThatIsNotADatabaseIsRefusedWithATypedError() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("chain.sqlite")
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
        #expect {
            try ChainDatabase(path: path)
        } throws: { error in
            (error as? StateStoreError) == .notADatabase && "\(error)".contains(path)
        }
    }

    @Test func aDamagedFileGivesATypedErrorNotACrash() throws {
        var world = try ChainWorld.open(.file)
        let ids = try world.grow(blocks: 20, seed: 9)
        let path = world.directory.path("chain.sqlite")
        try world.database.close()
        #expect(try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int == 0)

        // Overwrite every page but the first (the file header and schema) with garbage.
        let file = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        let size = try file.seekToEnd()
        var generator = SplitMix64(seed: 1)
        try file.seek(toOffset: 4096)
        try file.write(contentsOf: Data(generator.bytes(Int(size) - 4096)))
        try file.close()

        let outcome = Result { () throws -> Bool in
            let damaged = ChainWorld(database: try ChainDatabase(path: path), directory: world.directory, states: world.states)
            return try damaged.stateMatches(at: ids[20].hash) && damaged.database.bestBlock == ids[20]
        }
        switch outcome {
        case .success(let intact): #expect(!intact)
        case .failure(let error as StateStoreError): #expect(error == .corrupt || error == .notADatabase, Comment(rawValue: error.description))
        case .failure(let error): Issue.record("untyped failure: \(error)")
        }
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("chain.sqlite")
        let database = try ChainDatabase(path: path)
        try database.writer.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
        try database.close()
        #expect {
            try ChainDatabase(path: path)
        } throws: { error in
            (error as? StateStoreError) == .newerSchema && "\(error)".contains("v99-future")
        }
    }

    @Test func aMissingDirectoryCannotBeOpened() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: StateStoreError.cannotOpen) { try ChainDatabase(path: directory.path("absent/chain.sqlite")) }
    }

    @Test func outOfRangeSettingsAreRefused() throws {
        #expect(throws: StateStoreError.invalidConfiguration) {
            try ChainDatabase.inMemory(configuration: .init(statePruning: .keepRecent(blocks: 0)))
        }
        #expect(throws: StateStoreError.invalidConfiguration) {
            try ChainDatabase.inMemory(configuration: .init(nodeCacheBytes: -1))
        }
        let directory = try TemporaryDirectory()
        #expect(throws: StateStoreError.invalidConfiguration) {
            try ChainDatabase(path: directory.path("chain.sqlite"), configuration: .init(maximumReaderCount: 0))
        }
        #expect(throws: StateStoreError.invalidConfiguration) {
            try ChainDatabase(path: directory.path("chain.sqlite"), configuration: .init(pageCacheBytes: 4096))
        }
    }

    @Test func fileDatabasesRunInWALModeWithTheConfiguredWriterSettings() throws {
        let directory = try TemporaryDirectory()
        let database = try ChainDatabase(path: directory.path("chain.sqlite"), configuration: .init(durability: .powerLoss))
        let synchronous = try database.writer.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(synchronous == 2)  // FULL
        let normal = try ChainDatabase(path: directory.path("other.sqlite"))
        #expect(try normal.writer.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 1)  // NORMAL
        #expect(try normal.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try normal.writer.write { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") } == ChainDatabase.checkpointPages)
        #expect(try normal.writer.write { try Int.fetchOne($0, sql: "PRAGMA cache_size") } == -65536)
    }

    @Test func errorsCompareByKindAndDescribeTheParticulars() {
        let error = StateStoreError.unknownBlock("0x1234")
        #expect(error == .unknownBlock)
        #expect(error != .unknownParent)
        #expect(error.description.contains("0x1234"))
        #expect(StateStoreError.diskFull("SQLITE_FULL").description.contains("free space"))
    }
}
