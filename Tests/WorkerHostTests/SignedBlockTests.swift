import JSONRPC
import PhalaClient
import PhalaPrimitives
import SCALE
import Testing

@testable import WorkerHost

/// Reading `chain_getBlock` replies the way the relay does, then extracting the GRANDPA justification.
@Suite struct SignedBlockTests {
    static let justification = GrandpaJustification(
        round: 1,
        targetHash: H256(FixedBytes(repeating: 0x33)),
        targetNumber: 2,
        precommits: [
            .init(
                targetHash: H256(FixedBytes(repeating: 0x33)),
                targetNumber: 2,
                signature: [UInt8](repeating: 0x44, count: 64),
                voter: [UInt8](repeating: 0x55, count: 32)
            )
        ]
    )

    /// A reply shaped like PhalaNode's `chain_getBlock` (JSONValue+Chain.swift `signedBlock`): header fields as hex,
    /// the number as a hex string, extrinsics with their length prefix, justifications as serde writes
    /// `Option<Justifications>`: `[[engine bytes], [proof bytes]]` as arrays of numbers.
    static func reply(justifications: JSONValue) -> JSONValue {
        [
            "block": [
                "header": [
                    "parentHash": .string(H256(FixedBytes(repeating: 0x01)).description),
                    "number": "0x2",
                    "stateRoot": .string(H256(FixedBytes(repeating: 0x02)).description),
                    "extrinsicsRoot": .string(H256(FixedBytes(repeating: 0x03)).description),
                    "digest": ["logs": []],
                ],
                "extrinsics": ["0x0c040102"],
            ],
            "justifications": justifications,
        ]
    }

    static func numbers(_ bytes: [UInt8]) -> JSONValue { .array(bytes.map { .integer(Int64($0)) }) }

    @Test func justificationAsNumberArraysIsExtractedAndDecoded() throws {
        let json = Self.reply(
            justifications: [[Self.numbers(Array("FRNK".utf8)), Self.numbers(Self.justification.scaleEncoded())]]
        )
        let block = try SignedBlock(json: json)
        #expect(block.block.header.number == 2)
        #expect(block.block.extrinsics == [[0x04, 0x01, 0x02]])
        #expect(try HeaderBatchPlan.grandpaJustification(of: block) == Self.justification)
    }

    @Test func engineAsTextAndProofAsHexAreAcceptedToo() throws {
        let json = Self.reply(justifications: [["FRNK", .string(Hex.encode(Self.justification.scaleEncoded()))]])
        #expect(try HeaderBatchPlan.grandpaJustification(of: try SignedBlock(json: json)) == Self.justification)
    }

    @Test func nullJustificationsMeansNoneAndTheBlockCannotEndABatch() throws {
        let block = try SignedBlock(json: Self.reply(justifications: .null))
        #expect(block.justifications.isEmpty)
        #expect(HeaderBatchPlan.length(of: [block], maximum: 500) == nil)
    }

    @Test func malformedJustificationsAreRefused() {
        #expect(throws: ClientError.self) {
            try SignedBlock(json: Self.reply(justifications: [[Self.numbers([1, 2, 3])]]))
        }
        #expect(throws: ClientError.self) {
            try SignedBlock(json: Self.reply(justifications: [[Self.numbers([1, 2, 3]), Self.numbers([0])]]))
        }
        #expect(throws: ClientError.self) {
            try SignedBlock(json: Self.reply(justifications: [["FRNK", [.integer(256)]]]))
        }
    }

    @Test func undecodableGrandpaProofIsAnError() throws {
        let block = try SignedBlock(json: Self.reply(justifications: [["FRNK", Self.numbers([0x01])]]))
        #expect(throws: ScaleDecodingError.self) { try HeaderBatchPlan.grandpaJustification(of: block) }
    }
}
