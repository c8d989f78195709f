import PhalaPrimitives
import Testing

@Suite struct BalanceTextTests {
    @Test func acceptsTheDocumentedForms() throws {
        let oneAndAHalf = Balance(planck: 1_500_000_000_000)
        #expect(try Balance(parsing: "1.5 PHA") == oneAndAHalf)
        #expect(try Balance(parsing: "1.5PHA") == oneAndAHalf)
        #expect(try Balance(parsing: "1.5") == oneAndAHalf)
        #expect(try Balance(parsing: "  1.5 pha ") == oneAndAHalf)
        #expect(try Balance(parsing: "1500000000000 planck") == oneAndAHalf)
        #expect(try Balance(parsing: "1500000000000planck") == oneAndAHalf)
        #expect(try Balance(parsing: "0.000000000001 PHA") == Balance(planck: 1))
        #expect(try Balance(parsing: "007") == .pha(7))
        #expect(try Balance(parsing: "340282366920938463463374607431768211455 planck") == .max)
        #expect(try Balance(parsing: "340282366920938463463374607.431768211455") == .max)
    }

    @Test func rejectsBadInputWithTypedErrors() {
        #expect(throws: BalanceParsingError.empty) { try Balance(parsing: "  ") }
        #expect(throws: BalanceParsingError.negative) { try Balance(parsing: "-1 PHA") }
        #expect(throws: BalanceParsingError.tooManyDecimals(count: 13)) { try Balance(parsing: "0.0000000000001") }
        #expect(throws: BalanceParsingError.fractionalPlanck) { try Balance(parsing: "1.5 planck") }
        #expect(throws: BalanceParsingError.overflow) {
            try Balance(parsing: "340282366920938463463374607431768211456 planck")
        }
        #expect(throws: BalanceParsingError.overflow) {
            try Balance(parsing: "340282366920938463463374607.431768211456")
        }
        #expect(throws: BalanceParsingError.overflow) { try Balance(parsing: "1000000000000000000000000000000") }
        let garbage = ["PHA", "1.", ".5", "+1", "1e3", "1,5", "1_000", "1.5 DOT", "1.5 PHA x", "0x10", "1..5", "1 .5"]
        for text in garbage {
            #expect(throws: BalanceParsingError.malformed(text: text)) { try Balance(parsing: text) }
        }
    }

    @Test func printsPHATrimmingTrailingZerosAndExactPlanck() {
        #expect(Balance(planck: 1_500_000_000_000).description == "1.5 PHA")
        #expect(Balance.zero.description == "0 PHA")
        #expect(Balance.pha(1000).description == "1000 PHA")
        #expect(Balance(planck: 1).description == "0.000000000001 PHA")
        #expect(Balance(planck: 1_000_000_000_010).description == "1.00000000001 PHA")
        #expect(Balance(planck: 1_500_000_000_000).planckDescription == "1500000000000 planck")
    }
}
