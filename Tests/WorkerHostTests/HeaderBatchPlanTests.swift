import PhalaClient
import PhalaPrimitives
import SCALE
import Testing

@testable import WorkerHost

@Suite struct HeaderBatchPlanTests {
    /// A GRANDPA `ScheduledChange` log with no voters and delay 0 (its content does not matter to the plan).
    static let authorityChange = DigestItem.consensus(engine: DigestItem.grandpaEngine, data: [0x01, 0x00, 0, 0, 0, 0])

    /// Blocks 1…count; `justified` numbers carry a FRNK justification, `changes` numbers a GRANDPA log.
    static func blocks(_ count: BlockNumber, justified: Set<BlockNumber>, changes: Set<BlockNumber> = [])
        -> [SignedBlock]
    {
        (1...count).map { number in
            let header = Header(
                parentHash: .zero,
                number: number,
                stateRoot: .zero,
                extrinsicsRoot: .zero,
                digest: changes.contains(number) ? [authorityChange] : []
            )
            let proofs =
                justified.contains(number)
                ? [BlockJustification(engine: DigestItem.grandpaEngine, encoded: [0x00])] : []
            return SignedBlock(block: Block(header: header, extrinsics: []), justifications: proofs)
        }
    }

    @Test func everyBlockJustifiedFillsTheBatchToTheLimit() {
        let blocks = Self.blocks(10, justified: Set(1...10))
        #expect(HeaderBatchPlan.length(of: blocks, maximum: 4) == 4)
        #expect(HeaderBatchPlan.length(of: blocks, maximum: 500) == 10)
    }

    @Test func batchEndsAtTheLastJustifiedBlockWithinTheLimit() {
        let blocks = Self.blocks(10, justified: [3, 7, 10])
        #expect(HeaderBatchPlan.length(of: blocks, maximum: 9) == 7)
        #expect(HeaderBatchPlan.length(of: blocks, maximum: 6) == 3)
    }

    @Test func batchEndsAtTheFirstAuthorityChangeEvenWhenLaterBlocksAreJustified() {
        let blocks = Self.blocks(10, justified: Set(1...10), changes: [4, 8])
        #expect(HeaderBatchPlan.length(of: blocks, maximum: 500) == 4)
    }

    @Test func noBatchWithoutAJustifiedBlockOrWithAnUnjustifiedAuthorityChange() {
        #expect(HeaderBatchPlan.length(of: Self.blocks(5, justified: []), maximum: 500) == nil)
        #expect(HeaderBatchPlan.length(of: Self.blocks(5, justified: [5]), maximum: 4) == nil)
        #expect(HeaderBatchPlan.length(of: Self.blocks(5, justified: [1, 5], changes: [3]), maximum: 500) == nil)
    }

    @Test func auraAndOtherEngineLogsDoNotEndABatch() {
        var blocks = Self.blocks(3, justified: [1, 2, 3])
        blocks[0].block.header.digest = [.consensus(engine: DigestItem.auraEngine, data: [0x01, 0x00])]
        #expect(HeaderBatchPlan.length(of: blocks, maximum: 500) == 3)
    }

    @Test func grandpaJustificationDecodesTheFrnkProofOnly() throws {
        let justification = GrandpaJustification(round: 3, targetHash: .zero, targetNumber: 9, precommits: [])
        let block = SignedBlock(
            block: Block(
                header: Header(parentHash: .zero, number: 9, stateRoot: .zero, extrinsicsRoot: .zero),
                extrinsics: []
            ),
            justifications: [
                BlockJustification(engine: DigestItem.auraEngine, encoded: [0xFF]),
                BlockJustification(engine: DigestItem.grandpaEngine, encoded: justification.scaleEncoded()),
            ]
        )
        #expect(try HeaderBatchPlan.grandpaJustification(of: block) == justification)
        let bare = SignedBlock(block: block.block, justifications: [])
        #expect(try HeaderBatchPlan.grandpaJustification(of: bare) == nil)
    }
}
