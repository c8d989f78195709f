import PhalaPrimitives
import SCALE
import Testing
import Tokenomics

@Suite struct TokenomicParametersTests {
    // pallets/phala/src/compute/computation.rs GenesisConfig::default (phala-facts.md §3.2): the
    // per-block values are the literal's bits times the block seconds, integer-divided by the period.
    @Test func phalaDefaultsAreTheGenesisExpressions() throws {
        let phala = TokenomicParameters.phala
        let blockSeconds = U64F64(12)
        func perBlock(_ literal: String, period: UInt64) throws -> U64F64 {
            try U64F64(decimal: literal).multiplied(by: blockSeconds).divided(by: U64F64(period))
        }
        #expect(phala.phaRate == .one)
        #expect(phala.rho == (try U64F64(decimal: "1.000000666600231")))
        #expect(phala.slashRate == (try perBlock("0.001", period: 3600)))
        #expect(phala.budgetPerBlock == (try perBlock("720000", period: 86400)))
        #expect(phala.vMax == U64F64(30000))
        #expect(phala.costK == (try perBlock("0.0415625", period: 31_536_000).divided(by: phala.phaRate)))
        #expect(phala.costB == (try perBlock("88.59375", period: 31_536_000).divided(by: phala.phaRate)))
        #expect(phala.treasuryRatio == (try U64F64(decimal: "0.2")))
        #expect(phala.heartbeatWindow == 10)
        #expect(phala.rigK == (try U64F64(decimal: "0.3").divided(by: phala.phaRate)))
        #expect(phala.rigB == .zero)
        #expect(phala.re == (try U64F64(decimal: "1.3")))
        #expect(phala.k == U64F64(100))
        #expect(phala.kappa == .one)
    }

    // crates/phactory/src/system/gk.rs test_params(): its literals are the same bits as Phala's defaults.
    @Test func gatekeeperTestLiteralsEqualPhalaDefaults() throws {
        let test = TokenomicParameters.test
        #expect(test == .phala)
        #expect(test.rho == (try U64F64(decimal: "1.000000666600231")))
        #expect(test.slashRate == (try U64F64(decimal: "0.0000033333333333333240063")))
        #expect(test.budgetPerBlock == U64F64(100))
        #expect(test.vMax == U64F64(30000))
        #expect(test.costK == (try U64F64(decimal: "0.000000015815258751856933056")))
        #expect(test.costB == (try U64F64(decimal: "0.000033711472602739674283")))
        #expect(test.treasuryRatio == (try U64F64(decimal: "0.2")))
        #expect(try test.payoutRatio() == U64F64(decimal: "0.8"))
        #expect(test.heartbeatWindow == 10)
    }

    // scripts/js/src/genLaunchTransactions.js (phala-facts.md §3.2), each decimal rounded to nearest
    // except the budget: decimal.js (precision 20, ROUND_HALF_UP) rounded 8.3333333333333333333 × 2⁶⁴
    // = 153722867280912930133.3… to 20 significant digits first (Python decimal with the same context agrees).
    @Test func khalaValuesAreTheLaunchDecimals() throws {
        let khala = TokenomicParameters.khala
        let expected = TokenomicParameters(
            phaRate: try U64F64(decimal: "0.83"),
            rho: try U64F64(decimal: "1.000000666600231"),
            budgetPerBlock: U64F64(bits: 153_722_867_280_912_930_130),
            vMax: U64F64(30000),
            costK: try U64F64(decimal: "0.000000019054528616676159186"),
            costB: try U64F64(decimal: "0.00004061623205149357237"),
            slashRate: .zero,
            treasuryRatio: try U64F64(decimal: "0.2"),
            heartbeatWindow: 20,
            rigK: try U64F64(decimal: "0.36144578313253012048"),
            rigB: .zero,
            re: try U64F64(decimal: "1.5"),
            k: U64F64(50),
            kappa: .one
        )
        #expect(khala == expected)
        let nearestBudget = try U64F64(decimal: "8.3333333333333333333")
        #expect(nearestBudget.bits - khala.budgetPerBlock.bits == 3)
    }

    @Test func scaleEncodingIsTheFieldsInPhalaOrder() throws {
        let khala = TokenomicParameters.khala
        let encoded = khala.scaleEncoded()
        #expect(encoded.count == 13 * 16 + 4)
        let reals =
            [khala.phaRate, khala.rho, khala.budgetPerBlock, khala.vMax, khala.costK, khala.costB]
            + [khala.slashRate, khala.treasuryRatio]
        let tail = [khala.rigK, khala.rigB, khala.re, khala.k, khala.kappa]
        let expected =
            reals.flatMap { $0.scaleEncoded() } + khala.heartbeatWindow.scaleEncoded()
            + tail.flatMap { $0.scaleEncoded() }
        #expect(encoded == expected)
        #expect(Array(encoded[128..<132]) == [20, 0, 0, 0])
        for profile in [TokenomicParameters.phala, .khala] {
            #expect(try TokenomicParameters(scaleDecoding: profile.scaleEncoded()) == profile)
        }
        #expect(throws: ScaleDecodingError.self) { try TokenomicParameters(scaleDecoding: Array(encoded.dropLast())) }
    }

    // computation.rs test_tokenomic (phala-facts.md §3.2 check values), with its square-and-multiply `pow`.
    @Test func hourlyDecayGrowthDailyBudgetAndYearlyCostMatchTestTokenomic() throws {
        let phala = TokenomicParameters.phala
        func power(_ base: U64F64, _ exponent: UInt32) throws -> U64F64 {
            var (result, square, remaining) = (U64F64.one, base, exponent)
            while remaining > 0 {
                if remaining & 1 == 1 { result = try result.multiplied(by: square) }
                square = try square.multiplied(by: square)
                remaining >>= 1
            }
            return result
        }
        let hourBlocks: UInt32 = 3600 / 12
        let decay = try U64F64.one.subtracting(phala.slashRate)
        #expect(try power(decay, hourBlocks) == U64F64(decimal: "0.9990004981683704595"))
        #expect(try power(phala.rho, hourBlocks) == U64F64(decimal: "1.00019999999998037056"))
        let daily = try phala.budgetPerBlock.multiplied(by: U64F64(3600)).multiplied(by: U64F64(24))
            .divided(by: U64F64(12))
        #expect(daily == U64F64(720_000))
        let blockCost = try phala.costK.multiplied(by: U64F64(2000)).adding(phala.costB)
        let yearly = try blockCost.divided(by: U64F64(12)).multiplied(by: U64F64(3600)).multiplied(by: U64F64(24))
            .multiplied(by: U64F64(365))
        #expect(yearly == (try U64F64(decimal: "171.71874999975847951583")))
    }
}
