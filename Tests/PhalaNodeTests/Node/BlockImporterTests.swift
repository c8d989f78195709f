import MerkleTrie
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import StateStore
import Testing

@testable import PhalaNode

/// Importing blocks another node authored: seal, slot and execution checks, one commit each.
@Suite struct BlockImporterTests {
    let runtime = Runtime()
    let alice: KeyPair
    let bob: AccountId32

    init() throws {
        alice = try KeyPair(uri: "//Alice", scheme: .sr25519)
        bob = try AccountId32(bytes: KeyPair(uri: "//Bob", scheme: .sr25519).publicKey)
    }

    /// A database holding only the dev genesis.
    func genesisDatabase() throws -> ChainDatabase {
        let database = try ChainDatabase.inMemory()
        let genesis = try runtime.genesis(try ChainSpec.development())
        _ = try database.commit(
            BlockCommit(
                block: Block(header: genesis.header, extrinsics: []),
                stateChanges: genesis.changes,
                storageChanges: [],
                makeBest: true,
                finalize: true
            )
        )
        return database
    }

    /// Block #1 at `slot` with `count` transfers from Alice, unsealed.
    func unsealedBlock(on database: ChainDatabase, slot: UInt64 = 5, count: Int = 3) throws -> Block {
        let genesis = try #require(database.genesisHash)
        let signer = DevSigner(pair: alice, genesisHash: genesis)
        var pending = try runtime.beginBlock(
            Header(
                parentHash: genesis,
                number: 1,
                stateRoot: .zero,
                extrinsicsRoot: .zero,
                digest: [AuraSeal.preDigest(slot: slot)]
            ),
            parentState: database.trie(at: genesis)
        )
        for inherent in runtime.inherents(slot: slot) { _ = try runtime.applyExtrinsic(inherent, to: &pending) }
        for nonce in 0..<count {
            _ = try runtime.applyExtrinsic(
                try signer.transfer(to: bob, planck: 1_000, nonce: UInt32(nonce)),
                to: &pending
            )
        }
        return try runtime.finishBlock(pending).block
    }

    @Test func aBlockSealedByTheSlotAuthorImportsAndReproducesItsState() async throws {
        let unsealed = try unsealedBlock(on: try genesisDatabase())
        let block = Block(header: AuraSeal.seal(unsealed.header, with: alice), extrinsics: unsealed.extrinsics)
        let target = try genesisDatabase()
        let imported = try await BlockImporter(runtime: runtime, database: target).importBlock(block)
        #expect(imported == BlockID(number: 1, hash: block.header.hash))
        #expect(target.bestBlock == imported)
        #expect(try target.trie(at: imported.hash).root == block.header.stateRoot.bytes)
    }

    @Test func aBlockSealedByAnotherKeyOrNotSealedIsRefused() async throws {
        let unsealed = try unsealedBlock(on: try genesisDatabase())
        let mallory = try KeyPair(uri: "//Mallory", scheme: .sr25519)
        let target = try genesisDatabase()
        let importer = BlockImporter(runtime: runtime, database: target)
        for header in [AuraSeal.seal(unsealed.header, with: mallory), unsealed.header] {
            await #expect(throws: NodeError.self) {
                try await importer.importBlock(Block(header: header, extrinsics: unsealed.extrinsics))
            }
        }
        #expect(target.bestBlock?.number == 0)
    }

    @Test func aBlockWhoseBodyWasChangedIsRefusedAndNothingIsCommitted() async throws {
        let unsealed = try unsealedBlock(on: try genesisDatabase())
        let block = Block(
            header: AuraSeal.seal(unsealed.header, with: alice),
            extrinsics: Array(unsealed.extrinsics.dropLast())
        )
        let target = try genesisDatabase()
        await #expect(throws: NodeError.self) {
            try await BlockImporter(runtime: runtime, database: target).importBlock(block)
        }
        #expect(target.bestBlock?.number == 0)
    }
}
