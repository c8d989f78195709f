import PhalaTesting
import Testing

@testable import PhalaCrypto

/// GF(2^255 − 19) arithmetic against values computed with Python 3.11 big integers when these tests
/// were written (a = SHA-512("field a" ‖ 0x00)[0..<32] mod p, b likewise with "field b").
@Suite struct FieldElementTests {
    static let a = FieldElement(bytes: Hex.bytes("df8d326c54b99d675432d23412d3ac833733d55a5136e515904ce330cfbdb06d")!)
    static let b = FieldElement(bytes: Hex.bytes("34ff90489d4624e6aa32e19e5731ba699c16b6dd6c8ad840278cea68cc4e4728")!)

    @Test func productDifferenceAndInverseMatchBigIntegerArithmetic() {
        #expect(Hex.string((Self.a * Self.b).bytes) == "97260cf6fc494e8248938e1cf995112b01843bccef1d763a407c385931c41f49")
        #expect(Hex.string((Self.a - Self.b).bytes) == "ab8ea123b7727981a9fff095baa1f2199b1c1f7de4ab0cd568c0f8c7026f6945")
        #expect(Hex.string(Self.a.inverted().bytes) == "470a814bf5f0d2b76683cc9f3ba126e985de95c0b9481066b63356e0df40d17d")
    }

    @Test func squaringAgreesWithMultiplication() {
        #expect((Self.a.squared()).isEqual(to: Self.a * Self.a).isTrue)
        let sum = Self.a + Self.b
        let fourth = sum.squared().squared()
        #expect(sum.squared(times: 3).isEqual(to: fourth * fourth).isTrue)
    }

    @Test func encodingReducesValuesAtOrAboveThePrimeAndIgnoresTheTopBit() {
        // p + 2 = 0xed + 2 in the low byte with the rest of p's bytes.
        var pPlusTwo = [UInt8](repeating: 0xff, count: 32)
        pPlusTwo[0] = 0xef
        pPlusTwo[31] = 0x7f
        #expect(FieldElement(bytes: pPlusTwo).bytes == [2] + [UInt8](repeating: 0, count: 31))
        var topBitSet = Self.a.bytes
        topBitSet[31] |= 0x80
        #expect(FieldElement(bytes: topBitSet).bytes == Self.a.bytes)
    }

    @Test func negativeMeansOddAndAbsoluteIsEven() {
        #expect(FieldElement.one.isNegative.isTrue)
        #expect(!FieldElement.minusOne.isNegative.isTrue)  // p − 1 is even
        #expect(!Self.a.absolute.isNegative.isTrue)
        #expect(Self.a.absolute.isEqual(to: Self.a).isTrue || Self.a.absolute.isEqual(to: -Self.a).isTrue)
    }

    /// RFC 9496 Appendix A.4: SQRT_RATIO_M1(u, v) → (was_square, r), all little-endian.
    static let sqrtRatioVectors: [(u: String, v: String, wasSquare: Bool, root: String)] = [
        ("0000000000000000000000000000000000000000000000000000000000000000",
         "0000000000000000000000000000000000000000000000000000000000000000", true,
         "0000000000000000000000000000000000000000000000000000000000000000"),
        ("0000000000000000000000000000000000000000000000000000000000000000",
         "0100000000000000000000000000000000000000000000000000000000000000", true,
         "0000000000000000000000000000000000000000000000000000000000000000"),
        ("0100000000000000000000000000000000000000000000000000000000000000",
         "0000000000000000000000000000000000000000000000000000000000000000", false,
         "0000000000000000000000000000000000000000000000000000000000000000"),
        ("0200000000000000000000000000000000000000000000000000000000000000",
         "0100000000000000000000000000000000000000000000000000000000000000", false,
         "3c5ff1b5d8e4113b871bd052f9e7bcd0582804c266ffb2d4f4203eb07fdb7c54"),
        ("0400000000000000000000000000000000000000000000000000000000000000",
         "0100000000000000000000000000000000000000000000000000000000000000", true,
         "0200000000000000000000000000000000000000000000000000000000000000"),
        ("0100000000000000000000000000000000000000000000000000000000000000",
         "0400000000000000000000000000000000000000000000000000000000000000", true,
         "f6ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff3f"),
    ]

    @Test func squareRootOfARatioMatchesTheRFCVectors() throws {
        for vector in Self.sqrtRatioVectors {
            let u = FieldElement(bytes: try #require(Hex.bytes(vector.u)))
            let v = FieldElement(bytes: try #require(Hex.bytes(vector.v)))
            let (wasSquare, root) = FieldElement.sqrtRatioMinusOne(u, v)
            #expect(wasSquare.isTrue == vector.wasSquare, "u = \(vector.u), v = \(vector.v)")
            #expect(Hex.string(root.bytes) == vector.root, "u = \(vector.u), v = \(vector.v)")
        }
    }

    @Test func squareRootOfARatioFindsRootsAndFlagsNonSquares() {
        let four = FieldElement(4, 0, 0, 0, 0)
        let (isSquare, root) = FieldElement.sqrtRatioMinusOne(four, .one)
        #expect(isSquare.isTrue)
        #expect(root.bytes == [2] + [UInt8](repeating: 0, count: 31))

        let (zeroIsSquare, zeroRoot) = FieldElement.sqrtRatioMinusOne(.zero, Self.a)
        #expect(zeroIsSquare.isTrue && zeroRoot.isZero.isTrue)

        // 2 is not a square mod p (p ≡ 5 mod 8); the routine then returns √(i·u/v).
        let two = FieldElement(2, 0, 0, 0, 0)
        let (twoIsSquare, twoRoot) = FieldElement.sqrtRatioMinusOne(two, .one)
        #expect(!twoIsSquare.isTrue)
        #expect(twoRoot.squared().isEqual(to: FieldElement.sqrtMinusOne * two).isTrue)

        let (ratioIsSquare, ratioRoot) = FieldElement.sqrtRatioMinusOne(Self.a.squared(), Self.b.squared())
        #expect(ratioIsSquare.isTrue)
        #expect((ratioRoot * Self.b).squared().isEqual(to: Self.a.squared()).isTrue)
    }
}
