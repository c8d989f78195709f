import PhalaTesting
import Testing

@testable import PhalaCrypto

/// The three scalar multiplications agree with each other and with the group laws, on
/// pseudo-random scalars and points (seeded, so a failure replays).
@Suite struct RistrettoPointMultiplicationTests {
    static func samples(seed: UInt64, count: Int) -> [(a: Scalar, b: Scalar, point: RistrettoPoint)] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (Scalar(bytesModOrderWide: generator.bytes(64)), Scalar(bytesModOrderWide: generator.bytes(64)),
             RistrettoPoint(uniformBytes: generator.bytes(64)))
        }
    }

    @Test func multiplicationDistributesOverScalarAddition() {
        for (a, b, point) in Self.samples(seed: 1, count: 4) {
            #expect((a + b) * point == a * point + b * point)
        }
    }

    @Test func multiplicationComposesAsScalarProduct() {
        for (a, b, point) in Self.samples(seed: 2, count: 4) {
            #expect(a * (b * point) == (a * b) * point)
        }
    }

    @Test func basepointMultipleEqualsGenericMultiplication() {
        for (a, b, _) in Self.samples(seed: 3, count: 4) {
            #expect(RistrettoPoint.basepointMultiple(a) == a * .basepoint)
            #expect(RistrettoPoint.basepointMultiple(b).compressed == (b * .basepoint).compressed)
        }
    }

    @Test func vartimeDoubleMultipleEqualsTheSumOfBothProducts() {
        for (a, b, point) in Self.samples(seed: 4, count: 6) {
            let expected = a * point + RistrettoPoint.basepointMultiple(b)
            #expect(RistrettoPoint.vartimeDoubleScalarMultiple(a, point, b) == expected)
        }
        #expect(RistrettoPoint.vartimeDoubleScalarMultiple(.zero, .basepoint, .zero) == .identity)
    }

    @Test func extremeScalarsBehave() throws {
        let minusOne = -Scalar.one
        let point = RistrettoPoint(uniformBytes: [UInt8](repeating: 3, count: 64))
        #expect(minusOne * point == -point)
        #expect(RistrettoPoint.basepointMultiple(minusOne) == -RistrettoPoint.basepoint)
        #expect(RistrettoPoint.vartimeDoubleScalarMultiple(minusOne, point, minusOne) == -point - .basepoint)
        #expect(Scalar.zero * point == .identity)
        #expect(RistrettoPoint.basepointMultiple(.zero) == .identity)
    }

    @Test func compressionRoundTripsThroughDecoding() throws {
        for (a, _, point) in Self.samples(seed: 5, count: 8) {
            let multiple = a * point
            let decoded = try #require(RistrettoPoint(compressed: multiple.compressed))
            #expect(decoded == multiple)
            #expect(decoded.compressed == multiple.compressed)
        }
    }
}
