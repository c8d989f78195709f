import JSONRPC
import PhalaPrimitives
import StateStore
import Testing

@testable import PhalaNode

@Suite struct NodeAPIChainTests {
    @Test func blockHashAcceptsNothingNullNumbersHexAndLists() async throws {
        var world = try APIWorld()
        let first = try await world.produceBlock()
        let genesis = JSONValue.string(world.genesisHash.description)
        let best = JSONValue.string(first.hash.description)
        #expect(try await world.call("chain_getBlockHash") == best)
        #expect(try await world.call("chain_getBlockHash", [.null]) == best)
        #expect(try await world.call("chain_getBlockHash", params: .none) == best)
        #expect(try await world.call("chain_getHead") == best)
        #expect(try await world.call("chain_getBlockHash", [0]) == genesis)
        #expect(try await world.call("chain_getBlockHash", ["0x0"]) == genesis)
        #expect(try await world.call("chain_getBlockHash", ["0x1"]) == best)
        #expect(try await world.call("chain_getBlockHash", [[0, "0x1", 7]]) == [genesis, best, .null])
        #expect(try await world.call("chain_getBlockHash", [99]) == .null)
    }

    @Test func blockHashRefusesWhatIsNotABlockNumber() async throws {
        let world = try APIWorld()
        for bad: JSONValue in ["abc", -1, "0x", ["xyz"], 4_294_967_296, true] {
            let error = await world.error("chain_getBlockHash", [bad])
            #expect(error?.code == RPCError.Code.invalidParams, "\(bad)")
        }
    }

    @Test func headerHasAHexNumberAndItsFieldsHashToTheBlockHash() async throws {
        var world = try APIWorld()
        let block = try await world.produceBlock()
        let header = try await world.call("chain_getHeader")
        #expect(header["number"] == "0x1")
        #expect(header["parentHash"] == .string(world.genesisHash.description))
        #expect(header == JSONValue.header(block.header))
        #expect(header["digest"]?["logs"]?.array?.first?.string?.hasPrefix("0x0661757261") == true)
        #expect(try await world.call("chain_getHeader", [.string(block.hash.description)]) == header)
        let genesis = try await world.call("chain_getHeader", [.string(world.genesisHash.description)])
        #expect(genesis["number"] == "0x0")
        #expect(genesis["parentHash"] == .string(H256.zero.description))
    }

    @Test func unknownHashesGiveNullHeadersAndBlocks() async throws {
        let world = try APIWorld()
        let unknown = JSONValue.string(H256(FixedBytes(repeating: 0xab)).description)
        #expect(try await world.call("chain_getHeader", [unknown]) == .null)
        #expect(try await world.call("chain_getBlock", [unknown]) == .null)
        let malformed = await world.error("chain_getHeader", ["0x1234"])
        #expect(malformed?.code == RPCError.Code.invalidParams)
    }

    @Test func blockListsExtrinsicsWithTheirLengthPrefixAndNoJustifications() async throws {
        var world = try APIWorld()
        let transfer = try world.sign(
            APIWorld.transfer(to: try DevKey.bob, planck: 5_000_000_000_000),
            by: try DevKey.alice,
            nonce: 0
        )
        let block = try await world.produceBlock([transfer])
        let json = try await world.call("chain_getBlock", [.string(block.hash.description)])
        #expect(json["block"]?["header"] == JSONValue.header(block.header))
        let extrinsics = try #require(json["block"]?["extrinsics"]?.array)
        #expect(extrinsics.count == 2)
        #expect(extrinsics.first == .hex(block.extrinsics[0]))
        #expect(extrinsics.last == .hex(transfer))
        #expect(json["justifications"] == .null)
        #expect(try await world.call("chain_getBlock") == json)
    }

    @Test func justificationsAreWrittenInSerdeForm() async throws {
        var world = try APIWorld()
        let engine = try ConsensusEngineId(hex: "0x46524e4b")  // "FRNK"
        let block = try await world.produceBlock(justification: Justification(engine: engine, encoded: [1, 2, 255]))
        let json = try await world.call("chain_getBlock", [.string(block.hash.description)])
        #expect(json["justifications"] == [[[70, 82, 78, 75], [1, 2, 255]]])
    }

    @Test func finalizedHeadFollowsFinalityNotTheBestBlock() async throws {
        var world = try APIWorld()
        let genesis = JSONValue.string(world.genesisHash.description)
        #expect(try await world.call("chain_getFinalizedHead") == genesis)
        let first = try await world.produceBlock(finalize: true)
        try await world.produceBlock(finalize: false)
        #expect(try await world.call("chain_getFinalizedHead") == .string(first.hash.description))
        #expect(try await world.call("chain_getFinalisedHead") == .string(first.hash.description))
    }
}
