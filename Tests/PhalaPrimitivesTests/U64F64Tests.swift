import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

@Suite struct U64F64Tests {
    static let two64 = UInt128(1) << 64

    // phala-facts.md §0.2: sqrt(1000) = 135818791312 / 2^32, and minimal_stake(1000) = 100·sqrt(1000) ≈ 3162.277660146355.
    @Test func squareRootKeepsThirtyTwoFractionalBits() throws {
        let root = U64F64(1000).squareRoot()
        #expect(root.bits == UInt128(135_818_791_312) << 32)
        let minimalStake = try U64F64(100).multiplied(by: root)
        #expect(minimalStake.bits == 100 * UInt128(135_818_791_312) << 32)
        #expect(minimalStake.description.hasPrefix("3162.277660146355"))
        #expect(U64F64(4).squareRoot() == U64F64(2))
        #expect(U64F64.zero.squareRoot() == .zero)
        #expect(U64F64.max.squareRoot().bits == UInt128(UInt64.max) << 32)
    }

    // phala-facts.md §3.1: Ve = ((re − 1)·conf_score + 1) · (S + rig_k·P + rig_b) with Phala's defaults
    // re 1.3, rig_k 0.3, rig_b 0, S = 1000 PHA, P = 1000; only truncating arithmetic reproduces these.
    @Test(arguments: [
        ("1", "1690.0000000000000000282"), ("0.8", "1612.0000000000000000247"), ("0.7", "1572.9999999999999999877"),
    ])
    func initialVMatchesTheTokenomicVectors(confidenceScore: String, expected: String) throws {
        let re = try U64F64(decimal: "1.3")
        let rigK = try U64F64(decimal: "0.3")
        let stake = try U64F64(balance: .pha(1000))
        let score = try re.subtracting(.one).multiplied(by: try U64F64(decimal: confidenceScore)).adding(.one)
        let base = try stake.adding(try rigK.multiplied(by: U64F64(1000))).adding(.zero)
        let ve = try score.multiplied(by: base)
        #expect(ve.description == expected)
        #expect(try U64F64(decimal: expected) == ve)
    }

    @Test func multiplicationAndDivisionTruncate() throws {
        let third = try U64F64.one.divided(by: U64F64(3))
        #expect(third.bits == Self.two64 / 3)
        #expect(try third.multiplied(by: U64F64(3)).bits == Self.two64 - 1)
        #expect(try U64F64(bits: 1).multiplied(by: U64F64(bits: Self.two64 - 1)) == .zero)
        #expect(try U64F64(7).divided(by: U64F64(2)) == U64F64(decimal: "3.5"))
    }

    @Test func overflowDivisionByZeroAndUnderflowAreTypedErrors() {
        #expect(throws: FixedPointError.divisionByZero) { try U64F64.one.divided(by: .zero) }
        #expect(throws: FixedPointError.overflow) { try U64F64(1 << 32).multiplied(by: U64F64(1 << 32)) }
        #expect(throws: FixedPointError.overflow) { try U64F64(1 << 63).divided(by: U64F64(decimal: "0.5")) }
        #expect(throws: FixedPointError.overflow) { try U64F64.max.adding(U64F64(bits: 1)) }
        #expect(throws: FixedPointError.underflow) { try U64F64.zero.subtracting(U64F64(bits: 1)) }
        #expect(U64F64.max.saturatingAdding(.one) == .max)
        #expect(U64F64.one.saturatingSubtracting(U64F64(2)) == .zero)
    }

    @Test func scaleIsTheBitsAsAU128() throws {
        let value = try U64F64(decimal: "1.5")
        #expect(
            value.scaleEncoded() == [UInt8](repeating: 0, count: 7) + [0x80, 0x01] + [UInt8](repeating: 0, count: 7)
        )
        var random = SplitMix64(seed: 12)
        for _ in 0..<300 { expectRoundTrip(U64F64(bits: random.uint128())) }
    }

    @Test func randomProductsAndQuotientsMatchTheWideDefinition() throws {
        var random = SplitMix64(seed: 13)
        for _ in 0..<500 {
            let a = U64F64(bits: random.uint128() >> 32)
            let b = U64F64(bits: random.uint128() >> 32)
            let (high, low) = a.bits.multipliedFullWidth(by: b.bits)
            #expect(try a.multiplied(by: b).bits == high << 64 | low >> 64)
            if b.bits != 0, let quotient = try? a.divided(by: b) {
                // q = ⌊a·2⁶⁴ / b⌋ exactly when q·b ≤ a·2⁶⁴ < (q + 1)·b.
                let scaled = (high: a.bits >> 64, low: a.bits << 64)
                let product = quotient.bits.multipliedFullWidth(by: b.bits)
                #expect(product.high < scaled.high || (product.high == scaled.high && product.low <= scaled.low))
                let next = (quotient.bits + 1).multipliedFullWidth(by: b.bits)
                #expect(next.high > scaled.high || (next.high == scaled.high && next.low > scaled.low))
            }
            let root = a.squareRoot().bits >> 32
            #expect(root * root <= a.bits && (root + 1) * (root + 1) > a.bits)
        }
    }
}
