import Dispatch
import Foundation
import GRDB
import MerkleTrie
import PhalaPrimitives
import Synchronization
import Testing

@testable import StateStore

/// Crash safety without killing the test process: copies of the database files taken at arbitrary
/// moments while a writer commits blocks are what a `kill -9` at those moments would leave on disk.
///
/// Automatic checkpoints are switched off for the run, so the main file stays still and every commit
/// appends to the `-wal` file: copying the main file, then the WAL (possibly mid-append, with a torn
/// last frame), then the `-shm` index is an exact picture of a killed process's files. (With
/// checkpoints on, a non-atomic two-file copy could catch the main file mid-checkpoint, which no crash
/// can produce.) SQLite discards the stale index and replays the WAL up to its last commit frame.
@Suite struct ChainDatabaseCrashTests {
    @Test func aCopyTakenMidStreamOpensAtAConsistentPrefixWithEveryCommittedBlock() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("chain.sqlite")
        var world = ChainWorld(database: try ChainDatabase(path: path), directory: directory)
        try world.database.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        try world.grow(blocks: 0, seed: 1)

        let shared = Mutex(world)
        let committed = Atomic<Int>(0)
        let stop = Atomic<Bool>(false)
        let failure = Mutex<(any Error)?>(nil)
        let writer = DispatchGroup()
        DispatchQueue.global().async(group: writer) {
            var seed: UInt64 = 100
            while !stop.load(ordering: .relaxed) {
                do {
                    let id = try shared.withLock { try $0.grow(blocks: 1, seed: seed) }
                    committed.store(Int(id[0].number), ordering: .releasing)
                    seed += 1
                } catch {
                    failure.withLock { $0 = error }
                    return
                }
            }
        }

        // Copies must be taken while blocks land: on a loaded machine the writer may need a while to start.
        let started = ContinuousClock.now
        while committed.load(ordering: .acquiring) == 0, ContinuousClock.now - started < .seconds(60) {
            Thread.sleep(forTimeInterval: 0.01)
        }
        var copies: [(path: String, committedBefore: Int)] = []
        for index in 0..<6 {
            Thread.sleep(forTimeInterval: 0.05 + 0.037 * Double(index))
            let floor = committed.load(ordering: .acquiring)
            let copy = directory.path("copy-\(index).sqlite")
            for suffix in ["", "-wal", "-shm"] {
                try FileManager.default.copyItem(atPath: path + suffix, toPath: copy + suffix)
            }
            copies.append((copy, floor))
        }
        stop.store(true, ordering: .relaxed)
        writer.wait()
        try failure.withLock { if let error = $0 { throw error } }
        world = shared.withLock { $0 }

        for (copy, committedBefore) in copies {
            let database = try ChainDatabase(path: copy)
            let best = try #require(database.bestBlock)
            #expect(Int(best.number) >= committedBefore)
            #expect(database.genesisHash == world.database.genesisHash)
            let replica = ChainWorld(database: database, directory: directory, states: world.states)
            var parent = H256.zero
            for number in 0...best.number {
                let hash = try #require(try database.hash(number: number))
                let header = try #require(try database.header(hash: hash))
                #expect(header.parentHash == parent)
                #expect(try world.database.hash(number: number) == hash)
                #expect(try replica.stateMatches(at: hash))
                parent = hash
            }
            #expect(parent == best.hash)
        }
        #expect(copies.last.map { $0.committedBefore > 0 } == true)
    }
}
