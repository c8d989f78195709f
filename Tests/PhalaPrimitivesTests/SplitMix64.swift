import PhalaPrimitives
import SCALE
import Testing

/// A seeded, deterministic pseudo-random generator (SplitMix64) so property tests see the same values on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` random bytes.
    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &self) }
    }

    /// A random `UInt128` whose magnitude is itself random, so small and large values both occur.
    mutating func uint128() -> UInt128 {
        let value = UInt128(next()) << 64 | UInt128(next())
        return value >> Int.random(in: 0..<128, using: &self)
    }

    /// Random fixed-size bytes.
    mutating func fixedBytes<let count: Int>(_: FixedBytes<count>.Type = FixedBytes<count>.self) -> FixedBytes<count> {
        try! FixedBytes<count>(bytes(count))  // The length is `count` by construction.
    }
}

/// Checks that `value` survives encoding and decoding unchanged, and that decoding uses every byte.
func expectRoundTrip<T: ScaleCodable & Equatable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) {
    let encoded = value.scaleEncoded()
    #expect(throws: Never.self, sourceLocation: sourceLocation) {
        let decoded = try T(scaleDecoding: encoded)
        #expect(decoded == value, sourceLocation: sourceLocation)
    }
}

/// Bytes from hex written in a test vector; a malformed vector is a bug in the test.
func hex(_ text: String) -> [UInt8] {
    let digits = Array(text.utf8)
    precondition(digits.count.isMultiple(of: 2), "odd-length hex in a test vector")
    return stride(from: 0, to: digits.count, by: 2).map { UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
}
