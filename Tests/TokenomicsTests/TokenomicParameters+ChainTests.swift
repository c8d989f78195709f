import PhalaPrimitives
import Testing
import Tokenomics

@Suite struct TokenomicParametersChainTests {
    // computation.rs test_tokenomic (phala-facts.md §3.1): S = 1000 PHA, P = 1000, Phala defaults.
    @Test(arguments: [
        (UInt8(1), "1690.0000000000000000282"), (2, "1690.0000000000000000282"), (3, "1690.0000000000000000282"),
        (4, "1612.0000000000000000247"), (5, "1572.9999999999999999877"),
        // Unknown levels score 1 on chain.
        (0, "1690.0000000000000000282"), (128, "1690.0000000000000000282"),
    ])
    func initialVPerConfidenceLevel(level: UInt8, expected: String) throws {
        let ve = try TokenomicParameters.phala.initialV(stake: .pha(1000), score: 1000, confidenceLevel: level)
        #expect(ve == (try U64F64(decimal: expected)))
        #expect(ve.description == expected)
    }

    // computation.rs test_tokenomic: minimal_stake(1000) = 3162_277660146355 planck (the √ keeps 32 fractional bits).
    @Test func minimalStakeUsesTheThirtyTwoBitSquareRoot() throws {
        #expect(try TokenomicParameters.phala.minimalStake(score: 1000) == Balance(planck: 3_162_277_660_146_355))
        #expect(try TokenomicParameters.phala.minimalStake(score: 10_000) == .pha(10_000))
        #expect(try TokenomicParameters.khala.minimalStake(score: 400) == .pha(1000))
        #expect(try TokenomicParameters.phala.minimalStake(score: 0) == .zero)
    }

    // computation.rs test_tokenomic: rig_cost rounds through fp!(0.3), which is slightly above 0.3.
    @Test(arguments: [
        (UInt32(500), "150.0000000000000000054"), (2000, "600.0000000000000000217"), (2800, "840.00000000000000003036"),
    ])
    func rigCostExamples(score: UInt32, expected: String) throws {
        #expect(try TokenomicParameters.phala.rigCost(score: score) == U64F64(decimal: expected))
    }

    @Test func chainConfidenceScores() throws {
        #expect(TokenomicParameters.chainConfidenceScore(level: 3) == .one)
        #expect(TokenomicParameters.chainConfidenceScore(level: 4) == (try U64F64(decimal: "0.8")))
        #expect(TokenomicParameters.chainConfidenceScore(level: 5) == (try U64F64(decimal: "0.7")))
        #expect(TokenomicParameters.chainConfidenceScore(level: 6) == .one)
    }

    @Test func returnBelowOneIsAnUnderflowError() {
        var params = TokenomicParameters.phala
        params.re = U64F64(bits: 1 << 63)  // 0.5
        #expect(throws: FixedPointError.underflow) {
            try params.initialV(stake: .pha(1000), score: 1000, confidenceLevel: 1)
        }
    }
}
