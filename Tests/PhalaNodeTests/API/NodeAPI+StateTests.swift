import JSONRPC
import MerkleTrie
import PhalaPrimitives
import PhalaRuntime
import SCALE
import Testing

@testable import PhalaNode

@Suite struct NodeAPIStateTests {
    /// System.Account of sr25519 //Alice (substrate-rpc.md §3).
    static let aliceAccountKey: JSONValue =
        "0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
    /// A key nothing is stored under.
    static let absentKey: JSONValue = "0x0123"
    static let unknownBlock = JSONValue.string(H256(FixedBytes(repeating: 0xab)).description)

    @Test func runtimeVersionHasTheApisAndStateVersionAtAnyStoredBlock() async throws {
        var world = try APIWorld()
        try await world.produceBlock()
        let version = try await world.call("state_getRuntimeVersion")
        #expect(version["specName"] == "phala-swift")
        #expect(version["specVersion"] == 100)
        #expect(version["transactionVersion"] == 1)
        #expect(version["stateVersion"] == 1)
        #expect(version["apis"]?.array?.first == ["0xdf6acb689907609b", 4])
        #expect(version["apis"]?.array?.contains(["0x37c8bb1350a9a2a8", 4]) == true)
        #expect(version == .runtimeVersion(Runtime.version))
        #expect(try await world.call("chain_getRuntimeVersion", [.string(world.genesisHash.description)]) == version)
    }

    @Test func unknownBlocksGiveSubstratesClientError() async throws {
        let world = try APIWorld()
        for (method, params) in [
            ("state_getRuntimeVersion", [Self.unknownBlock]), ("state_getMetadata", [Self.unknownBlock]),
            ("state_getStorage", [Self.aliceAccountKey, Self.unknownBlock]),
            ("state_getKeysPaged", ["0x", 10, .null, Self.unknownBlock]),
            ("state_queryStorageAt", [[Self.aliceAccountKey], Self.unknownBlock]),
            ("state_getReadProof", [[Self.aliceAccountKey], Self.unknownBlock]),
            ("state_call", ["Core_version", "0x", Self.unknownBlock]),
        ] as [(String, [JSONValue])] {
            let error = await world.error(method, params)
            #expect(error?.code == 4003, "\(method)")
            #expect(error?.message.hasPrefix("Client error: UnknownBlock: ") == true, "\(method)")
        }
    }

    @Test func metadataIsTheRuntimesV14BytesEvenWithNullParams() async throws {
        let world = try APIWorld()
        let metadata = try await world.call("state_getMetadata", params: .none)
        #expect(metadata == .hex(world.runtime.encodedMetadata))
        #expect(metadata.string?.hasPrefix("0x6d6574610e") == true)  // "meta", version 14
        #expect(try await world.call("state_getMetadata", [.string(world.genesisHash.description)]) == metadata)
    }

    @Test func storageReadsGiveValuesHashesSizesAndNullForAbsentKeys() async throws {
        let world = try APIWorld()
        let value = try await world.call("state_getStorage", [Self.aliceAccountKey])
        let bytes = try #require(value.string.flatMap(BlockParameter.hexBytes))
        #expect(bytes.count == 80)  // AccountInfo: nonce, consumers, providers, sufficients, AccountData
        #expect(
            try await world.call("state_getStorageAt", [Self.aliceAccountKey, .string(world.genesisHash.description)])
                == value
        )
        #expect(
            try await world.call("state_getStorageHash", [Self.aliceAccountKey]) == .hash(H256.blake2_256(of: bytes))
        )
        #expect(try await world.call("state_getStorageSize", [Self.aliceAccountKey]) == 80)
        #expect(try await world.call("state_getStorage", [Self.absentKey]) == .null)
        #expect(try await world.call("state_getStorageHash", [Self.absentKey]) == .null)
        #expect(try await world.call("state_getStorageSizeAt", [Self.absentKey, .null]) == .null)
        let wrong = await world.error("state_getStorage", [12])
        #expect(wrong?.code == RPCError.Code.invalidParams)
    }

    @Test func keysArePagedInOrderAfterTheStartKey() async throws {
        let world = try APIWorld()
        let prefix = JSONValue.hex(APIWorld.accountKey(try DevKey.alice.account).prefix(32))
        let all = try #require(try await world.call("state_getKeysPaged", [prefix, 100]).array).compactMap(\.string)
        #expect(all.count == 9)  // Alice…Ferdie, ed25519 //Alice, the treasury and the subsidy pool
        #expect(all == all.sorted())
        #expect(all.allSatisfy { $0.hasPrefix(prefix.string!) })
        #expect(all.contains(Self.aliceAccountKey.string!))

        let first = try await world.call("state_getKeysPaged", [prefix, 3])
        #expect(first.array?.compactMap(\.string) == Array(all.prefix(3)))
        let second = try await world.call(
            "state_getKeysPagedAt",
            [prefix, 3, .string(all[2]), .string(world.genesisHash.description)]
        )
        #expect(second.array?.compactMap(\.string) == Array(all[3..<6]))
        let last = try await world.call("state_getKeysPaged", [prefix, 3, .string(all[5])])
        #expect(last.array?.compactMap(\.string) == Array(all[6..<9]))

        let tooMany = await world.error("state_getKeysPaged", [prefix, 1001])
        #expect(tooMany?.code == 4002)
        let badCount = await world.error("state_getKeysPaged", [prefix, "3"])
        #expect(badCount?.code == RPCError.Code.invalidParams)
    }

    @Test func queryStorageAtListsEveryKeyWithNullForAbsentOnes() async throws {
        var world = try APIWorld()
        try await world.produceBlock()
        let genesis = JSONValue.string(world.genesisHash.description)
        let value = try await world.call("state_getStorage", [Self.aliceAccountKey, genesis])
        let result = try await world.call("state_queryStorageAt", [[Self.aliceAccountKey, Self.absentKey], genesis])
        #expect(result == [["block": genesis, "changes": [[Self.aliceAccountKey, value], [Self.absentKey, .null]]]])
        let atBest = try await world.call("state_queryStorageAt", [[Self.absentKey]])
        #expect(atBest.array?.first?["block"] == (try await world.call("chain_getBlockHash")))
        let wrong = await world.error("state_queryStorageAt", [[1]])
        #expect(wrong?.code == RPCError.Code.invalidParams)
    }

    @Test func readProofVerifiesAgainstTheBlocksStateRoot() async throws {
        var world = try APIWorld()
        let block = try await world.produceBlock()
        let result = try await world.call("state_getReadProof", [[Self.aliceAccountKey, Self.absentKey]])
        #expect(result["at"] == .string(block.hash.description))
        let proof = try #require(result["proof"]?.array).compactMap { $0.string.flatMap(BlockParameter.hexBytes) }
        #expect(!proof.isEmpty)
        let alice = try #require(BlockParameter.hexBytes(Self.aliceAccountKey.string!))
        let aliceValue = try await world.call("state_getStorage", [Self.aliceAccountKey]).string.flatMap(
            BlockParameter.hexBytes
        )
        try Trie.verifyProof(
            root: block.header.stateRoot.bytes,
            proof: proof,
            items: [(alice, aliceValue), ([0x01, 0x23], nil)]
        )
        var tampered = proof
        tampered[0][tampered[0].count - 1] ^= 1
        #expect(throws: TrieError.self) {
            try Trie.verifyProof(
                root: block.header.stateRoot.bytes,
                proof: tampered,
                items: [(alice, aliceValue), ([0x01, 0x23], nil)]
            )
        }
    }

    @Test func stateCallRunsRuntimeAPIsAtTheGivenBlock() async throws {
        var world = try APIWorld()
        let alice = try DevKey.alice
        try await world.produceBlock([
            try world.sign(APIWorld.transfer(to: try DevKey.bob, planck: 1), by: alice, nonce: 0)
        ])
        let account = JSONValue.hex(alice.account.bytes)
        #expect(try await world.call("state_call", ["AccountNonceApi_account_nonce", account]) == "0x01000000")
        let genesis = JSONValue.string(world.genesisHash.description)
        #expect(
            try await world.call("state_callAt", ["AccountNonceApi_account_nonce", account, genesis]) == "0x00000000"
        )
        #expect(try await world.call("state_call", ["Core_version", "0x"]) == .hex(Runtime.version.scaleEncoded()))
        let unknown = await world.error("state_call", ["Nope_nothing", "0x"])
        #expect(unknown?.code == 4003)
        let badArguments = await world.error("state_call", ["AccountNonceApi_account_nonce", "0x01"])
        #expect(badArguments?.code == 4003)
        let notHex = await world.error("state_call", ["Core_version", "zz"])
        #expect(notHex?.code == RPCError.Code.invalidParams)
    }
}
