import PhalaTesting
import SCALE
import Testing

/// decode(encode(x)) == x for random values of every SCALE type, and random bytes never crash a decoder.
/// Seeded, so a failure replays exactly.
@Suite struct PropertyTests {
    static let rounds = 300

    @Test func everyTypeRoundTrips() throws {
        var rng = SplitMix64(seed: 1)
        for _ in 0..<Self.rounds {
            try expectRoundTrip(UInt8.random(in: .min ... .max, using: &rng))
            try expectRoundTrip(UInt16.random(in: .min ... .max, using: &rng))
            try expectRoundTrip(UInt32.random(in: .min ... .max, using: &rng))
            try expectRoundTrip(UInt64.random(in: .min ... .max, using: &rng))
            try expectRoundTrip(UInt128.random(in: .min ... .max, using: &rng))
            try expectRoundTrip(Int8.random(in: .min ... .max, using: &rng))
            try expectRoundTrip(Int16.random(in: .min ... .max, using: &rng))
            try expectRoundTrip(Int32.random(in: .min ... .max, using: &rng))
            try expectRoundTrip(Int64.random(in: .min ... .max, using: &rng))
            try expectRoundTrip(Int128.random(in: .min ... .max, using: &rng))
            try expectRoundTrip(Bool.random(using: &rng))
            try expectRoundTrip(Compact(rng.anyWidth(UInt32.self)))
            try expectRoundTrip(Compact(rng.anyWidth(UInt64.self)))
            try expectRoundTrip(Compact(rng.anyWidth(UInt128.self)))
            try expectRoundTrip(Bool.random(using: &rng) ? Bool.random(using: &rng) : nil)
            try expectRoundTrip(Bool.random(using: &rng) ? rng.anyWidth(UInt64.self) : nil)
            try expectRoundTrip(rng.bytes(Int.random(in: 0...300, using: &rng)))
            try expectRoundTrip((0..<Int.random(in: 0...20, using: &rng)).map { _ in rng.anyWidth(UInt128.self) })
            try expectRoundTrip((0..<Int.random(in: 0...5, using: &rng)).map { _ in rng.text() })
            try expectRoundTrip(rng.text())
            try expectRoundTrip(Bool.random(using: &rng) ? Result<UInt16, TestFailure>.success(.random(in: 0...9, using: &rng))
                : .failure(TestFailure(code: .random(in: 0...9, using: &rng))))
            try expectRoundTrip([UInt32: String]((0..<Int.random(in: 0...8, using: &rng)).map { _ in (rng.anyWidth(UInt32.self), rng.text()) },
                                           uniquingKeysWith: { first, _ in first }))
            try expectRoundTrip(Set((0..<Int.random(in: 0...8, using: &rng)).map { _ in rng.anyWidth(UInt16.self) }))
            try expectRoundTrip(TestAction.move(x: rng.anyWidth(UInt32.self)))
            let array: InlineArray<4, UInt64> = [rng.next(), rng.next(), rng.next(), rng.next()]
            let decoded = try InlineArray<4, UInt64>(scaleDecoding: array.scaleEncoded())
            #expect(decoded.indices.allSatisfy { decoded[$0] == array[$0] })
            var encoder = ScaleEncoder()
            let tuple = (rng.anyWidth(UInt32.self), rng.text(), Bool.random(using: &rng))
            encoder.encode(tuple: tuple.0, tuple.1, tuple.2)
            var decoder = ScaleDecoder(encoder.bytes)
            #expect(try decoder.decode(tuple: UInt32.self, String.self, Bool.self) == tuple)
        }
    }

    @Test func randomAndMutatedBytesNeverCrashADecoder() {
        var rng = SplitMix64(seed: 2)
        let seeds: [[UInt8]] = [
            [UInt32]([1, 2, 3]).scaleEncoded(), "phala".scaleEncoded(), Compact<UInt128>(.max).scaleEncoded(),
            ([1: "a", 300: "b"] as [UInt16: String]).scaleEncoded(),
        ]
        for round in 0..<20_000 {
            var bytes = round.isMultiple(of: 2) ? rng.bytes(Int.random(in: 0...40, using: &rng)) : seeds[round % seeds.count]
            if !bytes.isEmpty, round.isMultiple(of: 3) {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = .random(in: .min ... .max, using: &rng)
            }
            // Any outcome but a crash is acceptable; a success must re-encode to a prefix-consistent value.
            if let value = try? [UInt32](scaleDecoding: bytes) { #expect(value.scaleEncoded() == bytes) }
            if let value = try? String(scaleDecoding: bytes) { #expect(value.scaleEncoded() == bytes) }
            if let value = try? Compact<UInt128>(scaleDecoding: bytes) { #expect(value.scaleEncoded() == bytes) }
            _ = try? [UInt16: String](scaleDecoding: bytes)
            _ = try? UInt64???(scaleDecoding: bytes)
            _ = try? Result<[UInt8], TestFailure>(scaleDecoding: bytes)
            _ = try? Set<UInt128>(scaleDecoding: bytes)
            _ = try? [[Bool]](scaleDecoding: bytes)
            _ = try? InlineArray<3, Compact<UInt64>>(scaleDecoding: bytes)
        }
    }

    private func expectRoundTrip<T: ScaleCodable & Equatable>(
        _ value: T, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(try T(scaleDecoding: value.scaleEncoded()) == value, sourceLocation: sourceLocation)
    }
}

extension Result: @retroactive Equatable where Success: Equatable, Failure: Equatable {}

extension SplitMix64 {
    /// A value whose magnitude is spread over every bit width, so small and large encodings both occur.
    mutating func anyWidth<T: FixedWidthInteger & UnsignedInteger>(_ type: T.Type) -> T {
        let bits = Int.random(in: 0...T.bitWidth, using: &self)
        return bits == 0 ? 0 : T.random(in: 0...T.max, using: &self) >> (T.bitWidth - bits)
    }

    /// A short string mixing one-, two-, three- and four-byte UTF-8 characters.
    mutating func text() -> String {
        let alphabet: [Character] = ["a", "Z", "0", " ", "é", "€", "😀", "\u{0}"]
        return String((0..<Int.random(in: 0...12, using: &self)).map { _ in alphabet.randomElement(using: &self)! })
    }
}
