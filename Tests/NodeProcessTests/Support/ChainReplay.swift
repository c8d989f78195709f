import MerkleTrie
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import SCALE
import StateStore
import Testing

/// A stopped node's database, opened offline: every stored block re-executed from genesis on its parent's
/// state, and the balances checked against the total issuance.
struct ChainReplay {
    let database: ChainDatabase
    let runtime: Runtime
    let best: BlockID

    /// Opens `path` (the node must be stopped) for a chain authored with `slotDuration` milliseconds.
    init(path: String, slotDuration: UInt64) throws {
        database = try ChainDatabase(path: path)
        runtime = Runtime(configuration: Runtime.Configuration(slotDuration: slotDuration))
        guard let best = database.bestBlock else { throw TestFailure("\(path) has no best block") }
        self.best = best
    }

    /// Re-executes blocks 1…best with `Runtime.executeBlock`, expecting each produced state root to equal
    /// its header's.
    /// - Returns: how many extrinsics were executed.
    func reexecuteAll() throws -> Int {
        var executed = 0
        for number in 1...max(1, best.number) where number <= best.number {
            guard let hash = try database.hash(number: number), let block = try database.block(hash: hash) else {
                Issue.record("block #\(number) is missing from the canonical chain")
                continue
            }
            do {
                let changes = try runtime.executeBlock(block, parentState: database.trie(at: block.header.parentHash))
                #expect(changes.root == block.header.stateRoot.bytes, "#\(number): the state root does not recompute")
            } catch {
                Issue.record("#\(number) does not re-execute: \(error)")
            }
            executed += block.extrinsics.count
        }
        return executed
    }

    /// `Balances.TotalIssuance` at the best block, and the sum of free and reserved over every
    /// `System.Account` entry there.
    func issuanceAndBalances() throws -> (issuance: UInt128, sum: UInt128) {
        let state = try database.trie(at: best.hash)
        let issuanceKey = Hashing.twox128(Array("Balances".utf8)) + Hashing.twox128(Array("TotalIssuance".utf8))
        guard let issuanceBytes = try state.value(forKey: issuanceKey) else {
            throw TestFailure("no Balances.TotalIssuance at \(best)")
        }
        let issuance = try Balance(scaleDecoding: issuanceBytes).planck
        let accountPrefix = Hashing.twox128(Array("System".utf8)) + Hashing.twox128(Array("Account".utf8))
        var sum: UInt128 = 0
        for (_, value) in try state.entries(prefix: accountPrefix) {
            // AccountInfo: nonce, consumers, providers, sufficients (u32 each), then free and reserved (u128).
            var decoder = ScaleDecoder(value)
            for _ in 0..<4 { _ = try decoder.decode(UInt32.self) }
            sum += try decoder.decode(Balance.self).planck + decoder.decode(Balance.self).planck
        }
        return (issuance, sum)
    }
}
