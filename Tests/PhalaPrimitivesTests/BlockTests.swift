import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

@Suite struct BlockTests {
    @Test func extrinsicsAreAVectorOfByteVectorsAfterTheHeader() throws {
        let block = Block(header: HeaderTests.numberOne, extrinsics: [[0x04, 0x01, 0x00], []])
        let expected = HeaderTests.numberOne.scaleEncoded() + [0x08, 0x0c, 0x04, 0x01, 0x00, 0x00]
        #expect(block.scaleEncoded() == expected)
        #expect(try Block(scaleDecoding: expected) == block)
    }

    @Test func randomBlocksRoundTrip() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<100 {
            let extrinsics = (0..<Int.random(in: 0..<6, using: &random)).map { _ in
                random.bytes(Int.random(in: 0..<200, using: &random))
            }
            expectRoundTrip(Block(header: randomHeader(&random), extrinsics: extrinsics))
        }
    }
}
