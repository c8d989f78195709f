import JSONRPC
import PhalaNode
import PhalaPrimitives
import Testing

@testable import PhalaClient

/// The calls a worker host makes, against a scripted node that checks the parameters it is sent.
@Suite(.timeLimit(.minutes(1))) struct WorkerSyncClientTests {
    static let blockHash = "0x" + String(repeating: "77", count: 32)
    static let otherHash = "0x" + String(repeating: "88", count: 32)

    static func methods() -> RPCMethods {
        var methods = RPCMethods()
        methods.method("state_getReadProof") { params throws(RPCError) in
            let keys = try params.array(at: 0)
            guard keys == ["0x0102", "0x03"], try params.optionalString(at: 1) == blockHash else {
                throw .invalidParams("unexpected keys or block")
            }
            return ["at": .string(blockHash), "proof": ["0xaa", "0xbbcc"]]
        }
        methods.method("pha_getStorageChanges") { params throws(RPCError) in
            guard try params.string(at: 0) == blockHash, try params.string(at: 1) == otherHash else {
                throw .invalidParams("unexpected range")
            }
            let extra = try params.value(at: 2)
            return [
                [
                    "blockHash": .string(blockHash),
                    "mainStorageChanges": [["0x01", "0x02"], ["0x03", .null]],
                    "childStorageChanges": [],
                    "proof": extra == ["0x09"] ? ["0xee", "0xff"] : ["0xee"],
                    "offchainMessages": ["0x0102"],
                ],
                // A node from before `offchainMessages`: read as accepting none.
                ["blockHash": .string(otherHash), "mainStorageChanges": [], "childStorageChanges": [], "proof": []],
            ]
        }
        methods.method("chain_getBlock") { _ in
            [
                "block": [
                    "header": [
                        "parentHash": .string(otherHash), "number": "0x3", "stateRoot": .string(otherHash),
                        "extrinsicsRoot": .string(otherHash), "digest": ["logs": []],
                    ],
                    "extrinsics": [],
                ],
                "justifications": [[[70, 82, 78, 75], [1, 2, 3]]],
            ]
        }
        return methods
    }

    @Test func readProofSendsTheKeysAndBlockAndReturnsTheNodes() async throws {
        try await withServer(Self.methods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                let proof = try await client.readProof(keys: [[1, 2], [3]], at: try H256(hex: Self.blockHash))
                #expect(proof == [[0xAA], [0xBB, 0xCC]])
            }
        }
    }

    @Test func storageChangesSendExtraKeysAndReadEveryBlock() async throws {
        try await withServer(Self.methods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                let from = try H256(hex: Self.blockHash)
                let to = try H256(hex: Self.otherHash)
                let blocks = try await client.storageChanges(from: from, to: to, extraKeys: [[0x09]])
                #expect(blocks.count == 2)
                #expect(blocks[0].blockHash == from)
                #expect(
                    blocks[0].changes == [.init(key: [1], value: [2]), .init(key: [3], value: nil)]
                )
                #expect(blocks[0].proof == [[0xEE], [0xFF]])
                #expect(blocks[0].offchainMessages == [[1, 2]])
                #expect(blocks[1].offchainMessages.isEmpty)
                let withoutExtra = try await client.storageChanges(from: from, to: to)
                #expect(withoutExtra[0].proof == [[0xEE]])
            }
        }
    }

    @Test func signedBlockCarriesItsJustifications() async throws {
        try await withServer(Self.methods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                let block = try #require(try await client.signedBlock(hash: try H256(hex: Self.blockHash)))
                #expect(block.block.header.number == 3)
                #expect(
                    block.justification(of: DigestItem.grandpaEngine)
                        == BlockJustification(engine: DigestItem.grandpaEngine, encoded: [1, 2, 3])
                )
                #expect(block.justification(of: DigestItem.auraEngine) == nil)
            }
        }
    }
}
