import SCALE
import Testing

/// Examples from the SCALE specification (docs.substrate.io "SCALE codec", Parity's parity-scale-codec README).
@Suite struct ScaleSpecificationTests {
    @Test func fixedWidthIntegersAreLittleEndian() throws {
        #expect(Int8(69).scaleEncoded() == [0x45])
        #expect(UInt16(42).scaleEncoded() == [0x2a, 0x00])
        #expect(UInt32(16_777_215).scaleEncoded() == [0xff, 0xff, 0xff, 0x00])
        #expect(Int16(-2).scaleEncoded() == [0xfe, 0xff])
        #expect(try UInt64(scaleDecoding: [1, 0, 0, 0, 0, 0, 0, 0x80]) == 0x8000_0000_0000_0001)
    }

    @Test func boolIsOneByteAndOtherBytesAreErrors() {
        #expect(true.scaleEncoded() == [0x01])
        #expect(false.scaleEncoded() == [0x00])
        #expect(throws: ScaleDecodingError(.invalidBool(2), at: 0)) { try Bool(scaleDecoding: [0x02]) }
    }

    @Test func optionBoolPacksIntoOneByte() throws {
        // The specification's exception: None = 0, Some(true) = 1, Some(false) = 2.
        #expect(Bool?.none.scaleEncoded() == [0x00])
        #expect(Bool?.some(true).scaleEncoded() == [0x01])
        #expect(Bool?.some(false).scaleEncoded() == [0x02])
        #expect(try Bool?(scaleDecoding: [0x02]) == .some(false))
        #expect(throws: ScaleDecodingError(.invalidOptionTag(3), at: 0)) { try Bool?(scaleDecoding: [0x03]) }
    }

    @Test func optionOfOtherTypesIsATagThenTheValue() throws {
        #expect(UInt32?.some(1).scaleEncoded() == [0x01, 0x01, 0x00, 0x00, 0x00])
        #expect(UInt32?.none.scaleEncoded() == [0x00])
        #expect(throws: ScaleDecodingError(.invalidOptionTag(2), at: 0)) { try UInt32?(scaleDecoding: [0x02]) }
    }

    @Test func resultIsATagThenTheValueOrError() throws {
        // Result<u8, bool>: Ok(42) = 0x00 2a, Err(false) = 0x01 00.
        let ok = Result<UInt8, TestFailure>.success(42)
        let err = Result<UInt8, TestFailure>.failure(TestFailure(code: 0))
        #expect(ok.scaleEncoded() == [0x00, 0x2a])
        #expect(err.scaleEncoded() == [0x01, 0x00])
        #expect(try Result<UInt8, TestFailure>(scaleDecoding: [0x01, 0x07]) == .failure(TestFailure(code: 7)))
        #expect(throws: ScaleDecodingError(.invalidResultTag(2), at: 0)) { try Result<UInt8, TestFailure>(scaleDecoding: [2, 0]) }
    }

    @Test func vectorsAndStringsArePrefixedWithACompactCount() throws {
        #expect([UInt16]([4, 8, 15, 16, 23, 42]).scaleEncoded()
            == [0x18, 0x04, 0x00, 0x08, 0x00, 0x0f, 0x00, 0x10, 0x00, 0x17, 0x00, 0x2a, 0x00])
        #expect("Hello".scaleEncoded() == [0x14, 0x48, 0x65, 0x6c, 0x6c, 0x6f])
        #expect(throws: ScaleDecodingError(.invalidUTF8, at: 0)) { try String(scaleDecoding: [0x04, 0xff]) }
    }

    @Test func tuplesAreTheirElementsInOrder() throws {
        var encoder = ScaleEncoder()
        encoder.encode(tuple: Compact<UInt32>(3), false)
        #expect(encoder.bytes == [0x0c, 0x00])
        var decoder = ScaleDecoder(encoder.bytes)
        let (number, flag) = try decoder.decode(tuple: Compact<UInt32>.self, Bool.self)
        #expect(number.value == 3 && flag == false && decoder.isAtEnd)
    }

    @Test func fixedArraysHaveNoLengthPrefix() throws {
        let array: InlineArray<3, UInt16> = [1, 2, 3]
        #expect(array.scaleEncoded() == [1, 0, 2, 0, 3, 0])
        let decoded = try InlineArray<3, UInt16>(scaleDecoding: [1, 0, 2, 0, 3, 0])
        #expect(decoded[0] == 1 && decoded[1] == 2 && decoded[2] == 3)
        #expect(throws: ScaleDecodingError(.unexpectedEnd(needed: 1), at: 4)) {
            try InlineArray<3, UInt16>(scaleDecoding: [1, 0, 2, 0, 3])
        }
    }

    @Test func mapsAndSetsAreSortedByKey() throws {
        // Sorted by the key's value (BTreeMap order), not by its little-endian bytes: 256 sorts after 2.
        let map: [UInt16: Bool] = [256: true, 2: false]
        #expect(map.scaleEncoded() == [0x08, 0x02, 0x00, 0x00, 0x00, 0x01, 0x01])
        #expect(try [UInt16: Bool](scaleDecoding: map.scaleEncoded()) == map)
        let set: Set<UInt32> = [9, 1]
        #expect(set.scaleEncoded() == [0x08, 1, 0, 0, 0, 9, 0, 0, 0])
    }

    @Test func enumsWriteTheirVariantIndex() throws {
        #expect(TestAction.move(x: 3).scaleEncoded() == [0x05, 0x03, 0x00, 0x00, 0x00])
        #expect(TestAction.stop.scaleEncoded() == [0x09])
        #expect(try TestAction(scaleDecoding: [0x09]) == .stop)
        #expect(throws: ScaleDecodingError(.unknownVariant(index: 1, type: "TestAction"), at: 0)) {
            try TestAction(scaleDecoding: [0x01])
        }
    }
}

/// A stand-in error type for `Result` tests: one byte.
struct TestFailure: Error, Equatable, ScaleCodable {
    var code: UInt8
    init(code: UInt8) { self.code = code }
    func encode(to encoder: inout ScaleEncoder) { encoder.encode(code) }
    init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) { code = try decoder.decode() }
}

/// An enum with explicit, non-contiguous indices, written the way runtime types write theirs.
enum TestAction: Equatable, ScaleCodable {
    case move(x: UInt32)
    case stop

    func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .move(let x):
            encoder.encode(variantIndex: 5)
            encoder.encode(x)
        case .stop:
            encoder.encode(variantIndex: 9)
        }
    }

    init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        switch try decoder.decodeVariantIndex() {
        case 5: self = .move(x: try decoder.decode())
        case 9: self = .stop
        case let index: throw decoder.unknownVariant(index, of: TestAction.self)
        }
    }
}
