import PhalaPrimitives
import PhalaTesting
import Testing

@Suite struct U64F64DecimalTests {
    // phala-facts.md §0.2: fp!(0.3) has bits 5534023222112865485.
    @Test func literalsRoundToNearest() throws {
        #expect(try U64F64(decimal: "0.3").bits == 5_534_023_222_112_865_485)
        #expect(try U64F64(decimal: "1000") == U64F64(1000))
        #expect(try U64F64(decimal: "0.5").bits == 1 << 63)
        #expect(try U64F64(decimal: U64F64.max.description) == .max)
        #expect(try U64F64(decimal: "0.00000000000000000000001").bits == 0)
        #expect(try U64F64(decimal: "0.0000000000000000000400").bits == 1)
    }

    @Test func exactHalfwayLiteralsRoundToEven() throws {
        // 2⁻⁶⁵ = 0.5 ulp rounds down to 0 (even); 3·2⁻⁶⁵ = 1.5 ulp rounds up to 2.
        let halfUlp = "0.00000000000000000002710505431213761085018632002174854278564453125"
        let threeHalvesUlp = "0.00000000000000000008131516293641283255055896006524562835693359375"
        #expect(try U64F64(decimal: halfUlp).bits == 0)
        #expect(try U64F64(decimal: threeHalvesUlp).bits == 2)
    }

    @Test func badLiteralsAreTypedErrors() {
        for text in ["", ".5", "1.", "-1", "+1", "1e3", "1_000", " 1", "0x10", "1.2.3"] {
            #expect(throws: FixedPointError.malformedLiteral(text)) { try U64F64(decimal: text) }
        }
        #expect(throws: FixedPointError.overflow) { try U64F64(decimal: "18446744073709551616") }
        #expect(throws: FixedPointError.overflow) {
            try U64F64(decimal: "18446744073709551615.99999999999999999999999")
        }
    }

    @Test func printingGivesTheShortestTextThatParsesBack() throws {
        #expect(U64F64(1000).description == "1000")
        #expect(try U64F64(decimal: "0.3").description == "0.3")
        #expect(try U64F64(decimal: "2.50").description == "2.5")
        #expect(U64F64(bits: 1).description == "0.00000000000000000005")
        var random = SplitMix64(seed: 14)
        for _ in 0..<300 {
            let value = U64F64(bits: random.uint128())
            #expect(try U64F64(decimal: value.description) == value)
        }
    }
}
