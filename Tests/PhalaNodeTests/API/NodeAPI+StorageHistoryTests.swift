import JSONRPC
import PhalaPrimitives
import Testing

@testable import PhalaNode

@Suite struct NodeAPIStorageHistoryTests {
    @Test func queryStorageListsEveryKeyFirstThenOnlyBlocksThatChangedOne() async throws {
        var world = try APIWorld()
        let alice = try DevKey.alice
        let bob = try DevKey.bob
        let aliceKey = JSONValue.hex(APIWorld.accountKey(alice.account))
        let absent: JSONValue = "0x0123"
        let first = try await world.produceBlock([
            try world.sign(APIWorld.transfer(to: bob, planck: 1), by: alice, nonce: 0)
        ])
        try await world.produceBlock([])
        let third = try await world.produceBlock([
            try world.sign(APIWorld.transfer(to: bob, planck: 1), by: alice, nonce: 1)
        ])
        let genesis = JSONValue.string(world.genesisHash.description)
        func value(at block: JSONValue) async throws -> JSONValue {
            try await world.call("state_getStorage", [aliceKey, block])
        }
        let history = try await world.call("state_queryStorage", [[aliceKey, absent], genesis])
        let firstHash = JSONValue.string(first.hash.description)
        let thirdHash = JSONValue.string(third.hash.description)
        #expect(
            history == [
                ["block": genesis, "changes": [[aliceKey, try await value(at: genesis)], [absent, .null]]],
                ["block": firstHash, "changes": [[aliceKey, try await value(at: firstHash)]]],
                ["block": thirdHash, "changes": [[aliceKey, try await value(at: thirdHash)]]],
            ]
        )
        let upToFirst = try await world.call("state_queryStorage", [[aliceKey], firstHash, firstHash])
        #expect(upToFirst.array?.count == 1)
    }

    @Test func queryStorageRefusesReversedAndUnknownRanges() async throws {
        var world = try APIWorld()
        let block = try await world.produceBlock([])
        let genesis = JSONValue.string(world.genesisHash.description)
        let reversed = await world.error("state_queryStorage", [["0x00"], .string(block.hash.description), genesis])
        #expect(reversed?.code == 4001)
        let unknown = await world.error(
            "state_queryStorage",
            [["0x00"], .string(H256(FixedBytes(repeating: 1)).description)]
        )
        #expect(unknown?.code == 4003)
        let missing = await world.error("state_queryStorage", [["0x00"]])
        #expect(missing?.code == RPCError.Code.invalidParams)
    }

    @Test func syncStateReportsTheBestBlockAsCurrentAndHighest() async throws {
        var world = try APIWorld()
        try await world.produceBlock([])
        #expect(try await world.call("system_syncState") == ["startingBlock": 0, "currentBlock": 1, "highestBlock": 1])
    }
}
