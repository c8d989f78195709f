import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

@Suite struct PerThingTests {
    // phala-facts.md §0.2 (test_on_reward_dust): 50% of 9,999,999 = 4,999,999.
    @Test func halfOfAnOddAmountRoundsTheTieDown() {
        #expect(Permill(percent: 50) * UInt128(9_999_999) == 4_999_999)
        #expect(Perbill(percent: 50) * Balance(planck: 9_999_999) == Balance(planck: 4_999_999))
    }

    // sp-arithmetic per_things.rs: `Percent::from_percent(34) * 10 == 3`, `from_percent(36) * 10 == 4`;
    // the same ratios at finer accuracy round the same way.
    @Test func multiplicationRoundsToNearest() {
        #expect(Permill(percent: 34) * UInt128(10) == 3)
        #expect(Permill(percent: 36) * UInt128(10) == 4)
        #expect(Perbill(parts: 1) * UInt128(499_999_999) == 0)
        #expect(Perbill(parts: 1) * UInt128(500_000_000) == 0)  // exactly half: rounds down
        #expect(Perbill(parts: 1) * UInt128(500_000_001) == 1)
        #expect(Perbill.one * UInt128.max == .max)
        #expect(Perbill.zero * UInt128.max == 0)
        #expect(Permill(parts: 999_999) * UInt128.max == UInt128.max - UInt128.max / 1_000_000)
    }

    @Test func constructionClampsAndRationalsRoundDown() {
        #expect(Perbill(parts: 2_000_000_000) == .one)
        #expect(Permill(percent: 150) == .one)
        #expect(Permill(rational: 1, over: 3).parts == 333_333)
        #expect(Perbill(rational: 2, over: 3).parts == 666_666_666)
        #expect(Perbill(rational: 5, over: 0) == .one)
        #expect(Perbill(rational: 5, over: 4) == .one)
        #expect(Perbill(rational: .max - 1, over: .max).parts == 999_999_999)
        #expect(Permill(rational: 0, over: 7) == .zero)
    }

    @Test func addAndSubtractStayWithinZeroAndOne() {
        #expect(Permill(parts: 600_000).checkedAdding(Permill(parts: 500_000)) == nil)
        #expect(Permill(parts: 600_000).saturatingAdding(Permill(parts: 500_000)) == .one)
        #expect(Permill(parts: 1).checkedSubtracting(Permill(parts: 2)) == nil)
        #expect(Permill(parts: 1).saturatingSubtracting(Permill(parts: 2)) == .zero)
        #expect(Perbill(parts: 3).checkedAdding(Perbill(parts: 4)) == Perbill(parts: 7))
    }

    @Test func scaleIsAU32AndDecodingRejectsMoreThanOne() throws {
        #expect(Perbill(percent: 50).scaleEncoded() == [0x00, 0x65, 0xcd, 0x1d])
        #expect(try Perbill(scaleDecoding: [0x00, 0xca, 0x9a, 0x3b]) == .one)
        #expect(throws: ScaleDecodingError.self) { try Perbill(scaleDecoding: [0x01, 0xca, 0x9a, 0x3b]) }
        #expect(throws: ScaleDecodingError.self) { try Permill(scaleDecoding: [0x41, 0x42, 0x0f, 0x00]) }
        #expect(Permill(parts: 250_000).description == "250000/1000000")
    }

    @Test func randomRatiosRoundTripAndMultiplyWithinBounds() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<500 {
            let perbill = Perbill(parts: UInt32.random(in: 0...1_000_000_000, using: &random))
            let permill = Permill(parts: UInt32.random(in: 0...1_000_000, using: &random))
            expectRoundTrip(perbill)
            expectRoundTrip(permill)
            let amount = random.uint128()
            // The exact product lies within half a unit of the result (checked in 256 bits).
            for (parts, accuracy, result) in [
                (UInt128(perbill.parts), UInt128(1_000_000_000), perbill * amount),
                (UInt128(permill.parts), UInt128(1_000_000), permill * amount),
            ] {
                let exact = amount.multipliedFullWidth(by: parts)
                let (quotient, remainder) = accuracy.dividingFullWidth(exact)
                #expect(result == (remainder > accuracy / 2 ? quotient + 1 : quotient))
            }
        }
    }
}
