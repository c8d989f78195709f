import Foundation
import MerkleTrie
import PhalaPrimitives
import PhalaTesting
import StateStore

/// Where a test's chain database lives: every suite that can runs against both.
enum Backend: String, CaseIterable, Sendable, CustomStringConvertible {
    case file, memory
    var description: String { rawValue }
}

/// A directory under the system temporary directory, removed when the value is released.
final class TemporaryDirectory: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("statestore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A chain database on a backend plus what the test expects it to hold: the world a test builds its
/// blocks in (FRAME's `ExtBuilder` role).
struct ChainWorld {
    let database: ChainDatabase
    let directory: TemporaryDirectory
    /// The expected state after each committed block, by block hash.
    var states: [H256: [[UInt8]: [UInt8]]] = [:]

    static func open(_ backend: Backend, configuration: ChainDatabase.Configuration = .init()) throws -> ChainWorld {
        let directory = try TemporaryDirectory()
        let database = switch backend {
        case .file: try ChainDatabase(path: directory.path("chain.sqlite"), configuration: configuration)
        case .memory: try ChainDatabase.inMemory(configuration: configuration)
        }
        return ChainWorld(database: database, directory: directory)
    }

    /// A commit of a block on `parent` (genesis when nil) that applies `changes`; `fork` makes sibling
    /// blocks with equal contents differ.
    func makeCommit(
        parent: BlockID?,
        changes: [StorageChange],
        extrinsics: [[UInt8]] = [[0x01, 0x02]],
        fork: UInt8 = 0,
        justification: Justification? = nil,
        makeBest: Bool = true,
        finalize: Bool = false
    ) throws -> BlockCommit {
        let trie = try parent.map { try database.trie(at: $0.hash) } ?? Trie(store: database.nodeStore)
        let stateChanges = try trie.applying(changes.map { ($0.key, $0.value) })
        let header = Header(
            parentHash: parent?.hash ?? .zero,
            number: parent.map { $0.number + 1 } ?? 0,
            stateRoot: try H256(bytes: stateChanges.root),
            extrinsicsRoot: .zero,
            digest: [.other([fork])]
        )
        return BlockCommit(
            block: Block(header: header, extrinsics: extrinsics),
            stateChanges: stateChanges,
            storageChanges: changes,
            justification: justification,
            makeBest: makeBest,
            finalize: finalize
        )
    }

    /// Commits a block on `parent` and records the state it should leave.
    @discardableResult
    mutating func commit(
        parent: BlockID?,
        changes: [StorageChange],
        fork: UInt8 = 0,
        justification: Justification? = nil,
        makeBest: Bool = true,
        finalize: Bool = false
    ) throws -> BlockID {
        let commit = try makeCommit(
            parent: parent, changes: changes, fork: fork, justification: justification, makeBest: makeBest,
            finalize: finalize
        )
        let id = try database.commit(commit)
        var state = parent.map { states[$0.hash] ?? [:] } ?? [:]
        for change in changes { state[change.key] = change.value }
        states[id.hash] = state
        return id
    }

    /// Commits genesis and then `count` blocks of random changes on the best chain.
    @discardableResult
    mutating func grow(blocks count: Int, seed: UInt64) throws -> [BlockID] {
        var generator = SplitMix64(seed: seed)
        var ids: [BlockID] = []
        if database.bestBlock == nil {
            ids.append(try commit(parent: nil, changes: Self.randomChanges(count: 20, removals: false, using: &generator)))
        }
        for _ in 0..<count {
            ids.append(try commit(parent: database.bestBlock, changes: Self.randomChanges(count: 12, using: &generator)))
        }
        return ids
    }

    /// Sorted changes over a small key space, so later blocks overwrite and remove earlier keys.
    static func randomChanges(count: Int, removals: Bool = true, using generator: inout SplitMix64) -> [StorageChange] {
        var changes: [[UInt8]: [UInt8]?] = [:]
        while changes.count < count {
            let key = [UInt8(0x26), UInt8.random(in: 0...63, using: &generator)] + generator.bytes(Int.random(in: 0...3, using: &generator))
            let remove = removals && Int.random(in: 0..<5, using: &generator) == 0
            changes[key] = remove ? nil : generator.bytes(Int.random(in: 1...70, using: &generator))
        }
        return changes.map { StorageChange(key: $0.key, value: $0.value) }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
    }

    /// Checks that the trie at `block` holds exactly the expected state.
    func stateMatches(at block: H256) throws -> Bool {
        let trie = try database.trie(at: block)
        let expected = (states[block] ?? [:]).sorted { $0.key.lexicographicallyPrecedes($1.key) }
        let stored = try trie.entries()
        return stored.map { $0.key } == expected.map { $0.key } && stored.map { $0.value } == expected.map { $0.value }
            && Trie.root(of: expected.map { ($0.key, $0.value) }) == trie.root
    }
}

/// The ASCII engine id `FRNK` of GRANDPA justifications.
func grandpaEngine() throws -> ConsensusEngineId {
    try ConsensusEngineId(Array("FRNK".utf8))
}
