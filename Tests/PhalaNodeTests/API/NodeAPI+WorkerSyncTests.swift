import JSONRPC
import MerkleTrie
import PhalaPrimitives
import Testing

@testable import PhalaNode

/// `pha_getStorageChanges`: per-block storage changes with proofs against each block's state root.
@Suite struct NodeAPIWorkerSyncTests {
    @Test func storageChangesOfARangeProveAgainstEachBlocksStateRoot() async throws {
        var world = try APIWorld()
        let alice = try DevKey.alice
        let first = try await world.produceBlock([
            try world.sign(APIWorld.transfer(to: try DevKey.bob, planck: 1_000), by: alice, nonce: 0)
        ])
        let second = try await world.produceBlock()
        let result = try await world.call(
            "pha_getStorageChanges",
            [.string(first.hash.description), .string(second.hash.description)]
        )
        let blocks = try #require(result.array)
        #expect(blocks.count == 2)
        for (entry, block) in zip(blocks, [first, second]) {
            #expect(entry["blockHash"] == .string(block.hash.description))
            let changes = try #require(entry["mainStorageChanges"]?.array).map { pair in
                let items = pair.array ?? []
                let key = items.first?.string.flatMap(BlockParameter.hexBytes) ?? []
                let value = items.count > 1 ? items[1].string.flatMap(BlockParameter.hexBytes) : nil
                return (key: key, value: value)
            }
            #expect(changes.count == block.storageChanges.count)
            #expect(!changes.isEmpty)
            let proof = try #require(entry["proof"]?.array).compactMap { $0.string.flatMap(BlockParameter.hexBytes) }
            try Trie.verifyProof(root: block.header.stateRoot.bytes, proof: proof, items: changes)
            // A changed value that is not the block's must not verify.
            var forged = changes
            forged[0].value = (forged[0].value ?? []) + [0xff]
            #expect(throws: TrieError.self) {
                try Trie.verifyProof(root: block.header.stateRoot.bytes, proof: proof, items: forged)
            }
        }
        let reversed = await world.error(
            "pha_getStorageChanges",
            [.string(second.hash.description), .string(first.hash.description)]
        )
        #expect(reversed?.code == 4001)
    }
}
