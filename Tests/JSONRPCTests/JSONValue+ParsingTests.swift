import Testing

@testable import JSONRPC

@Suite struct JSONValueParsingTests {
    private func parse(_ text: String, limits: JSONValue.ParsingLimits = .init()) throws(JSONParsingError) -> JSONValue {
        try JSONValue(parsing: text, limits: limits)
    }

    private func failure(_ bytes: [UInt8], limits: JSONValue.ParsingLimits = .init()) -> JSONParsingError? {
        do {
            _ = try JSONValue(parsing: bytes, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    private func failure(_ text: String) -> JSONParsingError? { failure(Array(text.utf8)) }

    @Test func scalarsParseToTheirCases() throws {
        #expect(try parse("null") == .null)
        #expect(try parse(" true ") == .bool(true))
        #expect(try parse("false") == .bool(false))
        #expect(try parse("\"hi\"") == .string("hi"))
        #expect(try parse("0") == .integer(0))
        #expect(try parse("-17") == .integer(-17))
    }

    @Test func integersStayExactAcrossTheSixtyFourBitRanges() throws {
        #expect(try parse("9223372036854775807") == .integer(.max))
        #expect(try parse("-9223372036854775808") == .integer(.min))
        #expect(try parse("9223372036854775808") == .unsignedInteger(UInt64(Int64.max) + 1))
        #expect(try parse("18446744073709551615") == .unsignedInteger(.max))
        #expect(try parse("18446744073709551616") == .decimal("18446744073709551616"))
        #expect(try parse("-9223372036854775809") == .decimal("-9223372036854775809"))
        #expect(try parse("340282366920938463463374607431768211455") == .decimal("340282366920938463463374607431768211455"))
    }

    @Test func fractionsExponentsAndNegativeZeroKeepTheirLiteralText() throws {
        for literal in ["1.50", "-0", "1e3", "2E-7", "-0.0", "6.02e+23"] {
            #expect(try parse(literal) == .decimal(literal))
            #expect(try parse(literal).description == literal)
        }
    }

    @Test func malformedNumbersAreRejected() {
        for literal in ["01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "--1", "1.e3"] {
            #expect(failure(literal) != nil, "\(literal) should not parse")
        }
        #expect(failure("01")?.kind == .invalidNumber)
        #expect(failure("1.")?.kind == .invalidNumber)
    }

    @Test func objectsKeepMemberOrderAndRepeatedKeys() throws {
        let value = try parse(#"{"b":1,"a":[true,null],"b":2}"#)
        let object = try #require(value.object)
        #expect(object.members.map(\.key) == ["b", "a", "b"])
        #expect(value["b"] == .integer(1))
        #expect(value["a"] == .array([.bool(true), .null]))
        #expect(value["missing"] == nil)
    }

    @Test func stringEscapesDecode() throws {
        #expect(try parse(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{8}\u{c}\n\r\t"))
        #expect(try parse(#""\u00e9\u20ac""#) == .string("é€"))
        #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try parse("\"é€😀\"") == .string("é€😀"))
    }

    @Test func badEscapesAndRawControlCharactersAreRejected() {
        #expect(failure(#""\x""#)?.kind == .invalidEscape)
        #expect(failure(#""\u12""#)?.kind == .invalidEscape)
        #expect(failure(#""\ud83d""#)?.kind == .unpairedSurrogate)
        #expect(failure(#""\ude00""#)?.kind == .unpairedSurrogate)
        #expect(failure(#""\ud83d\u0041""#)?.kind == .unpairedSurrogate)
        #expect(failure([0x22, 0x61, 0x0a, 0x22])?.kind == .controlCharacterInString(0x0a))
        #expect(failure(#""abc"#)?.kind == .unexpectedEnd)
    }

    @Test func invalidUTF8IsRejectedWithItsOffset() {
        let cases: [[UInt8]] = [
            [0x22, 0xff, 0x22],  // never valid
            [0x22, 0xc0, 0x80, 0x22],  // overlong NUL
            [0x22, 0xe2, 0x82, 0x22],  // truncated three-byte sequence
            [0x22, 0xed, 0xa0, 0x80, 0x22],  // UTF-8-encoded surrogate
            [0x22, 0x5c, 0x6e, 0xff, 0x22],  // invalid byte after an escape (slow path)
        ]
        for bytes in cases {
            #expect(failure(bytes) == JSONParsingError(.invalidUTF8, at: 1), "\(bytes)")
        }
        #expect(failure([0xff])?.kind == .unexpectedCharacter(0xff, expected: "a JSON value"))
    }

    @Test func trailingGarbageAndEmptyInputAreRejected() {
        #expect(failure("{} x") == JSONParsingError(.trailingCharacters, at: 3))
        #expect(failure("[1] [2]")?.kind == .trailingCharacters)
        #expect(failure("nullx")?.kind == .trailingCharacters)
        #expect(failure("")?.kind == .unexpectedEnd)
        #expect(failure("   ")?.kind == .unexpectedEnd)
        #expect(failure("[1,]")?.kind == .unexpectedCharacter(UInt8(ascii: "]"), expected: "a JSON value"))
        #expect(failure(#"{"a" 1}"#)?.kind == .unexpectedCharacter(UInt8(ascii: "1"), expected: "':'"))
        #expect(failure("{1:2}")?.kind == .unexpectedCharacter(UInt8(ascii: "1"), expected: "a member name in quotes"))
        #expect(failure("tru")?.kind == .unexpectedEnd)
    }

    @Test func nestingTenThousandLevelsDeepFailsAtTheLimitWithoutExhaustingTheStack() {
        let deepArrays = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(failure(deepArrays) == JSONParsingError(.depthLimitExceeded(limit: 128), at: 128))
        let deepObjects = String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        #expect(failure(deepObjects)?.kind == .depthLimitExceeded(limit: 128))
    }

    @Test func nestingUpToTheLimitParses() throws {
        let atLimit = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        var value = try parse(atLimit)
        var depth = 0
        while case .array(let inner) = value, let first = inner.first {
            value = first
            depth += 1
        }
        #expect(depth == 127)
        let overLimit = "[" + atLimit + "]"
        #expect(failure(overLimit)?.kind == .depthLimitExceeded(limit: 128))
    }

    @Test func inputOverTheSizeLimitIsRejectedBeforeParsing() {
        let twentyMiB = 20 << 20
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: twentyMiB)
        bytes[0] = UInt8(ascii: "\"")
        bytes[twentyMiB - 1] = UInt8(ascii: "\"")
        #expect(failure(bytes) == JSONParsingError(.inputTooLarge(size: twentyMiB, limit: 16 << 20), at: 0))
    }

    @Test func aLargeStringWithinARaisedLimitParsesWhole() throws {
        let twentyMiB = 20 << 20
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: twentyMiB)
        bytes[0] = UInt8(ascii: "\"")
        bytes[twentyMiB - 1] = UInt8(ascii: "\"")
        let value = try JSONValue(parsing: bytes, limits: .init(maxBytes: 32 << 20))
        #expect(value.string?.utf8.count == twentyMiB - 2)
    }

    @Test func nonContiguousInputParsesLikeContiguousInput() throws {
        let text = #"{"id":7,"list":[1,2]}"#
        let value = try JSONValue(parsing: text.utf8.reversed().reversed())
        #expect(value == (try parse(text)))
    }

    @Test func errorsDescribeTheProblemAndItsOffset() {
        #expect(JSONParsingError(.trailingCharacters, at: 3).description == "invalid JSON at byte 3: unexpected characters after the JSON value")
        #expect(
            JSONParsingError(.unexpectedCharacter(UInt8(ascii: "x"), expected: "a JSON value"), at: 0).description
                == "invalid JSON at byte 0: unexpected 'x', expected a JSON value"
        )
    }
}
