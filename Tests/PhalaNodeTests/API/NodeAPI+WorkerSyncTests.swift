import JSONRPC
import MerkleTrie
import Messaging
import PalletMessageQueue
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import SCALE
import StateStore
import Testing

@testable import PhalaNode

/// `pha_getStorageChanges`: per-block storage changes with proofs against each block's state root, the
/// watched keys in those proofs, and each block's off-chain messages.
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
            let changes = try Self.changes(entry)
            #expect(changes.count == block.storageChanges.count)
            #expect(!changes.isEmpty)
            let proof = try Self.proof(entry)
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

    /// The proof of `entry`, as bytes.
    static func proof(_ entry: JSONValue) throws -> [[UInt8]] {
        try #require(entry["proof"]?.array).compactMap { $0.string.flatMap(BlockParameter.hexBytes) }
    }

    /// The changed keys and values of `entry`.
    static func changes(_ entry: JSONValue) throws -> [(key: [UInt8], value: [UInt8]?)] {
        try #require(entry["mainStorageChanges"]?.array).map { pair in
            let items = pair.array ?? []
            let key = items.first?.string.flatMap(BlockParameter.hexBytes) ?? []
            let value = items.count > 1 ? items[1].string.flatMap(BlockParameter.hexBytes) : nil
            return (key: key, value: value)
        }
    }

    @Test func watchedKeysAreProvenBesideTheChangedOnes() async throws {
        var world = try APIWorld()
        let block = try await world.produceBlock([])
        let hash = JSONValue.string(block.hash.description)
        // Ferdie's account does not change in the block; an enclave watching it needs its proof anyway.
        let watched = APIWorld.accountKey(try DevKey("//Ferdie").account)
        let value = try world.database.trie(at: block.hash).value(forKey: watched)
        #expect(value != nil)

        let with = try #require(
            try await world.call("pha_getStorageChanges", [hash, hash, [.hex(watched)]]).array?.first
        )
        let items = try Self.changes(with) + [(key: watched, value: value)]
        try Trie.verifyProof(root: block.header.stateRoot.bytes, proof: try Self.proof(with), items: items)

        for params: [JSONValue] in [[hash, hash], [hash, hash, .null], [hash, hash, []]] {
            let without = try Self.proof(
                try #require(try await world.call("pha_getStorageChanges", params).array?.first)
            )
            #expect(throws: TrieError.self) {
                try Trie.verifyProof(root: block.header.stateRoot.bytes, proof: without, items: items)
            }
        }
        let malformed = await world.error("pha_getStorageChanges", [hash, hash, [.string("not hex")]])
        #expect(malformed?.code == -32602)
    }

    @Test func eachBlockListsItsOffchainMessagesInBlockOrder() async throws {
        var spec = try ChainSpec.development()
        let charlie = try DevKey("//Charlie")
        spec.genesis.messageQueueWorkers = [charlie.account.ss58]
        var world = try APIWorld(spec: spec)
        guard case .sr25519(let key) = charlie.pair else { throw WorldFailure("//Charlie is sr25519") }
        let messages = (0..<2).map { sequence in
            SignedMessage.signing(
                Message(sender: .worker(charlie.account.raw), destination: .miningReport, payload: [UInt8(sequence)]),
                sequence: UInt64(sequence),
                with: key
            )
        }
        let extrinsics = messages.map { message in
            let call = RuntimeCall.messageQueue(.syncOffchainMessage(signedMessage: message))
            return UncheckedExtrinsic(signature: nil, call: call.scaleEncoded()).scaleEncoded()
        }
        let transfer = try world.sign(
            APIWorld.transfer(to: try DevKey.bob, planck: 1_000),
            by: try DevKey.alice,
            nonce: 0
        )
        let first = try await world.produceBlock([extrinsics[0], transfer, extrinsics[1]])
        #expect(first.extrinsics.count == 4)
        let second = try await world.produceBlock([])

        let result = try await world.call(
            "pha_getStorageChanges",
            [.string(first.hash.description), .string(second.hash.description)]
        )
        let blocks = try #require(result.array)
        #expect(blocks.first?["offchainMessages"] == .array(messages.map { .hex($0.scaleEncoded()) }))
        #expect(blocks.last?["offchainMessages"] == [])
    }
}
