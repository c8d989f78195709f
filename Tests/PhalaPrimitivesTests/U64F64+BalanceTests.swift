import PhalaPrimitives
import Testing

@Suite struct U64F64BalanceTests {
    // phala-facts.md §0.2 (test_on_reward_dust): the literal 0.00001 PHA becomes 9,999,999 planck.
    @Test func fromFixedTruncatesThroughU80F48() throws {
        #expect(try Balance(pha: U64F64(decimal: "0.00001")) == Balance(planck: 9_999_999))
        #expect(try Balance(pha: U64F64(1000)) == .pha(1000))
        // The U80F48 product (bits >> 16) × 10¹² must fit 128 bits: 2⁴⁰ PHA does, 2⁴¹ does not.
        #expect(try Balance(pha: U64F64(1 << 40)) == .pha(1 << 40))
        #expect(throws: FixedPointError.overflow) { try Balance(pha: U64F64(1 << 41)) }
        #expect(throws: FixedPointError.overflow) { try Balance(pha: U64F64.max) }
    }

    // balance_convert.rs `max_supply_not_overflow`: 10⁹ PHA converts to exactly 1000000000 and back.
    @Test func maxSupplyConvertsExactly() throws {
        let supply = Balance.pha(1_000_000_000)
        let fixed = try U64F64(balance: supply)
        #expect(fixed.description == "1000000000")
        #expect(try Balance(pha: fixed) == supply)
    }

    @Test func toFixedKeepsFortyEightFractionalBits() throws {
        #expect(try U64F64(balance: Balance(planck: 1)).bits == ((UInt128(1) << 48) / 1_000_000_000_000) << 16)
        #expect(try U64F64(balance: Balance(planck: 1)).bits & 0xffff == 0)
        #expect(throws: FixedPointError.overflow) { try U64F64(balance: Balance(planck: 1 << 80)) }
        #expect(try U64F64(balance: Balance(planck: (1 << 80) - 1)).integerPart == 1_208_925_819_614)
    }

    @Test func bmulAndBdivGoThroughFixedPoint() throws {
        let half = try U64F64(decimal: "0.5")
        #expect(try Balance.pha(3).multiplied(by: half) == Balance(planck: 1_500_000_000_000))
        #expect(try Balance.pha(3).divided(by: half) == .pha(6))
        #expect(try Balance(planck: 10_000_000).multiplied(by: .one) == Balance(planck: 9_999_999))
        #expect(throws: FixedPointError.divisionByZero) { try Balance.pha(1).divided(by: .zero) }
        #expect(throws: FixedPointError.overflow) { try Balance.max.multiplied(by: .one) }
    }
}
