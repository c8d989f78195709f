import Foundation
import PhalaTesting
import SCALE
import Testing

/// Golden vectors produced by the Python `scalecodec` package (see the file's "source" field and
/// scripts/generate-scale-vectors.py): every value must encode to exactly those bytes and decode back.
@Suite struct ScalecodecVectorTests {
    struct Vector: Decodable, CustomTestStringConvertible {
        let type: String
        let value: JSONValue
        let hex: String
        var testDescription: String { "\(type) \(hex.prefix(40))" }
    }

    struct File: Decodable {
        let source: String
        let vectors: [Vector]
    }

    static let vectors: [Vector] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/scalecodec-vectors.json")
        do {
            return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).vectors
        } catch {
            Issue.record("cannot read \(url.path): \(error)")
            return []
        }
    }()

    @Test func theFixtureHoldsVectorsForEveryType() {
        #expect(Set(Self.vectors.map(\.type)).count == 28)
    }

    @Test(arguments: vectors)
    func valueEncodesToTheVectorAndDecodesBack(_ vector: Vector) throws {
        let bytes = try #require(Hex.bytes(vector.hex))
        let value = vector.value
        switch vector.type {
        case "u8": try expectCodes(UInt8(value.text), bytes)
        case "u16": try expectCodes(UInt16(value.text), bytes)
        case "u32": try expectCodes(UInt32(value.text), bytes)
        case "u64": try expectCodes(UInt64(value.text), bytes)
        case "u128": try expectCodes(UInt128(value.text), bytes)
        case "i8": try expectCodes(Int8(value.text), bytes)
        case "i16": try expectCodes(Int16(value.text), bytes)
        case "i32": try expectCodes(Int32(value.text), bytes)
        case "i64": try expectCodes(Int64(value.text), bytes)
        case "i128": try expectCodes(Int128(value.text), bytes)
        case "Compact<u8>": try expectCodes(UInt8(value.text).map(Compact.init), bytes)
        case "Compact<u16>": try expectCodes(UInt16(value.text).map(Compact.init), bytes)
        case "Compact<u32>": try expectCodes(UInt32(value.text).map(Compact.init), bytes)
        case "Compact<u64>": try expectCodes(UInt64(value.text).map(Compact.init), bytes)
        case "Compact<u128>": try expectCodes(UInt128(value.text).map(Compact.init), bytes)
        case "bool": try expectCodes(value.flag, bytes)
        case "Option<u32>": try expectCodes(.some(value.isNull ? nil : UInt32(value.text)), bytes)
        case "Option<Text>": try expectCodes(.some(value.isNull ? nil : value.text), bytes)
        case "Vec<u8>": try expectCodes(Hex.bytes(value.text), bytes)
        case "Vec<u32>": try expectCodes(value.items.map { UInt32($0.text)! }, bytes)
        case "Vec<Vec<u16>>": try expectCodes(value.items.map { $0.items.map { UInt16($0.text)! } }, bytes)
        case "Text": try expectCodes(value.text, bytes)
        case "[u8; 32]":
            let decoded = try InlineArray<32, UInt8>(scaleDecoding: bytes)
            #expect(Array(decoded.indices.map { decoded[$0] }) == Hex.bytes(value.text))
            #expect(decoded.scaleEncoded() == bytes)
        case "[u16; 3]":
            let decoded = try InlineArray<3, UInt16>(scaleDecoding: bytes)
            #expect(decoded.indices.map { decoded[$0] } == value.items.map { UInt16($0.text)! })
            #expect(decoded.scaleEncoded() == bytes)
        case "(u32, bool)":
            var encoder = ScaleEncoder()
            encoder.encode(tuple: UInt32(value.items[0].text)!, value.items[1].flag!)
            #expect(encoder.bytes == bytes)
            var decoder = ScaleDecoder(bytes)
            let (number, flag) = try decoder.decode(tuple: UInt32.self, Bool.self)
            #expect(number == UInt32(value.items[0].text) && flag == value.items[1].flag)
            try decoder.finish()
        case "(u8, Text, Vec<u64>)":
            let expected = (UInt8(value.items[0].text)!, value.items[1].text, value.items[2].items.map { UInt64($0.text)! })
            var encoder = ScaleEncoder()
            encoder.encode(tuple: expected.0, expected.1, expected.2)
            #expect(encoder.bytes == bytes)
            var decoder = ScaleDecoder(bytes)
            let decoded = try decoder.decode(tuple: UInt8.self, String.self, [UInt64].self)
            #expect(decoded == expected)
            try decoder.finish()
        case "BTreeMap<u32, bool>":
            let pairs = value.items.map { (UInt32($0.items[0].text)!, $0.items[1].flag!) }
            try expectCodes(Dictionary(uniqueKeysWithValues: pairs), bytes)
        case "BTreeSet<u64>": try expectCodes(Set(value.items.map { UInt64($0.text)! }), bytes)
        default: Issue.record("no Swift type for vector type \(vector.type)")
        }
    }

    private func expectCodes<T: ScaleCodable & Equatable>(
        _ value: T?, _ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let value = try #require(value, "the vector's value does not parse", sourceLocation: sourceLocation)
        #expect(value.scaleEncoded() == bytes, sourceLocation: sourceLocation)
        #expect(try T(scaleDecoding: bytes) == value, sourceLocation: sourceLocation)
    }
}

/// The JSON shapes the vector file uses: decimal strings, booleans, null and arrays.
enum JSONValue: Decodable, Sendable {
    case text(String)
    case flag(Bool)
    case null
    case items([JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .items(try container.decode([JSONValue].self))
        }
    }

    var text: String { if case .text(let value) = self { value } else { "" } }
    var flag: Bool? { if case .flag(let value) = self { value } else { nil } }
    var isNull: Bool { if case .null = self { true } else { false } }
    var items: [JSONValue] { if case .items(let value) = self { value } else { [] } }
}
