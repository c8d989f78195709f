import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

extension SplitMix64 {
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
    guard let bytes = Hex.bytes(text) else { preconditionFailure("malformed hex in a test vector: \(text)") }
    return bytes
}
