import SCALE
import Testing

/// Hostile input: lengths that lie, nesting without end, leftovers. Each is a typed error, never a crash.
@Suite struct BoundedDecodingTests {
    @Test func aDeclaredLengthBeyondTheInputIsRejectedBeforeAllocating() {
        // Compact 2^30 elements declared, two bytes present.
        let bytes: [UInt8] = [0x03, 0x00, 0x00, 0x00, 0x40, 0xaa, 0xbb]
        #expect(throws: ScaleDecodingError(.lengthBeyondInput(declared: 1 << 30, remaining: 2), at: 0)) {
            try [UInt64](scaleDecoding: bytes)
        }
        #expect(throws: ScaleDecodingError(.lengthBeyondInput(declared: 1 << 30, remaining: 2), at: 0)) {
            try String(scaleDecoding: bytes)
        }
    }

    @Test func nestingDeeperThanTheLimitIsRejected() throws {
        // Option<Option<…<u8>>>: 200 tags of 1 then a byte.
        let bytes = [UInt8](repeating: 1, count: 200) + [7]
        var decoder = ScaleDecoder(bytes, limits: .init(maxDepth: 3))
        #expect(throws: ScaleDecodingError(.depthLimitExceeded(limit: 3), at: 4)) {
            _ = try decoder.decode(UInt8????.self)
        }
        #expect(try UInt8???(scaleDecoding: [1, 1, 1, 7], limits: .init(maxDepth: 3)) == .some(.some(.some(7))))
    }

    @Test func trailingBytesAfterAWholeValueAreRejected() {
        #expect(throws: ScaleDecodingError(.trailingBytes(count: 2), at: 4)) { try UInt32(scaleDecoding: [1, 2, 3, 4, 5, 6]) }
    }

    @Test func truncatedFixedWidthIntegersSayHowMuchIsMissing() {
        #expect(throws: ScaleDecodingError(.unexpectedEnd(needed: 13), at: 0)) { try UInt128(scaleDecoding: [1, 2, 3]) }
    }

    @Test func errorsDescribeTheProblemAndTheOffset() {
        let error = ScaleDecodingError(.lengthBeyondInput(declared: 9, remaining: 2), at: 4)
        #expect(error.description == "SCALE decoding failed at byte 4: declared length 9 exceeds the 2 byte(s) that remain")
    }
}
