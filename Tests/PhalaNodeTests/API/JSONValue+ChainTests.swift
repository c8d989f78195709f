import JSONRPC
import PhalaPrimitives
import PhalaRuntime
import StateStore
import Testing

@testable import PhalaNode

@Suite struct JSONValueChainTests {
    @Test func headerJSONMatchesTheReferenceVector() throws {
        // substrate-rpc.md §6: number 1, zero parent, state root 11×32, extrinsics root 22×32, the Aura
        // pre-digest for slot 123456; its hash was checked against scalecodec there.
        let header = Header(
            parentHash: .zero,
            number: 1,
            stateRoot: H256(FixedBytes(repeating: 0x11)),
            extrinsicsRoot: H256(FixedBytes(repeating: 0x22)),
            digest: [.preRuntime(engine: DigestItem.auraEngine, data: [0x40, 0xe2, 0x01, 0, 0, 0, 0, 0])]
        )
        #expect(header.hash.description == "0x709121dbd9658d38d7da5a1c31b32e4cb99f94f42964a61c13d3a105e2b97d66")
        let json = JSONValue.header(header)
        #expect(
            json == [
                "parentHash": .string(H256.zero.description), "number": "0x1",
                "stateRoot": .string("0x" + String(repeating: "11", count: 32)),
                "extrinsicsRoot": .string("0x" + String(repeating: "22", count: 32)),
                "digest": ["logs": ["0x06617572612040e2010000000000"]],
            ]
        )
    }

    @Test func numbersAreLowercaseHexWithoutPadding() {
        let header = Header(parentHash: .zero, number: 0x1a2b, stateRoot: .zero, extrinsicsRoot: .zero)
        #expect(JSONValue.header(header)["number"] == "0x1a2b")
        #expect(JSONValue.compactHex(0) == "0x0")
        #expect(JSONValue.compactHex(255) == "0xff")
        #expect(JSONValue.hex([0x00, 0xab, 0x0f]) == "0x00ab0f")
        #expect(JSONValue.hex([]) == "0x")
    }

    @Test func runtimeVersionJSONHasEveryFieldInSubstratesNames() {
        let json = JSONValue.runtimeVersion(Runtime.version)
        #expect(
            json.object?.members.map(\.key) == [
                "specName", "implName", "authoringVersion", "specVersion", "implVersion", "apis", "transactionVersion",
                "stateVersion",
            ]
        )
        // API ids from substrate-rpc.md §8.
        let apis = json["apis"]?.array?.compactMap { $0.array?.first?.string } ?? []
        #expect(apis.contains("0xdf6acb689907609b"))
        #expect(apis.contains("0xbc9d89904f5b923f"))
        #expect(apis.contains("0x37c8bb1350a9a2a8"))
    }

    @Test func blockJSONShowsJustificationsAsSerdeArraysOrNull() throws {
        let header = Header(parentHash: .zero, number: 3, stateRoot: .zero, extrinsicsRoot: .zero)
        let block = Block(header: header, extrinsics: [[0x04, 0x02], []])
        let bare = JSONValue.signedBlock(block, justifications: [])
        #expect(bare["block"]?["extrinsics"] == ["0x080402", "0x00"])
        #expect(bare["justifications"] == .null)
        let engine = try ConsensusEngineId(hex: "0x46524e4b")
        let justified = JSONValue.signedBlock(block, justifications: [Justification(engine: engine, encoded: [9])])
        #expect(justified["justifications"] == [[[70, 82, 78, 75], [9]]])
    }
}
