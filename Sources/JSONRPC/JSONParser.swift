/// Reads JSON text from a contiguous byte buffer into a `JSONValue`, within a nesting limit.
///
/// A recursive-descent parser over raw bytes: each byte is looked at a bounded number of times, and
/// recursion stops at `maxDepth`, so hostile input costs linear time and a bounded stack.
struct JSONParser {
    private let input: UnsafeBufferPointer<UInt8>
    private let maxDepth: Int
    private var position = 0
    private var depth = 0

    init(input: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.input = input
        self.maxDepth = maxDepth
    }

    /// Parses the single value that fills the input, allowing whitespace around it.
    mutating func parseDocument() throws(JSONParsingError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard position == input.count else { throw JSONParsingError(.trailingCharacters, at: position) }
        return value
    }

    private mutating func parseValue() throws(JSONParsingError) -> JSONValue {
        guard position < input.count else { throw JSONParsingError(.unexpectedEnd, at: position) }
        switch input[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case let byte: throw JSONParsingError(.unexpectedCharacter(byte, expected: "a JSON value"), at: position)
        }
    }

    private mutating func enterContainer() throws(JSONParsingError) {
        depth += 1
        guard depth <= maxDepth else { throw JSONParsingError(.depthLimitExceeded(limit: maxDepth), at: position) }
        position += 1
    }

    private mutating func parseArray() throws(JSONParsingError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        var elements: [JSONValue] = []
        skipWhitespace()
        if try peek() == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            switch try peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .array(elements)
            case let byte: throw JSONParsingError(.unexpectedCharacter(byte, expected: "',' or ']'"), at: position)
            }
        }
    }

    private mutating func parseObject() throws(JSONParsingError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        var members: [JSONObject.Member] = []
        skipWhitespace()
        if try peek() == UInt8(ascii: "}") {
            position += 1
            return .object(JSONObject(members))
        }
        while true {
            skipWhitespace()
            let byte = try peek()
            guard byte == UInt8(ascii: "\"") else {
                throw JSONParsingError(.unexpectedCharacter(byte, expected: "a member name in quotes"), at: position)
            }
            let key = try parseString()
            skipWhitespace()
            let colon = try peek()
            guard colon == UInt8(ascii: ":") else {
                throw JSONParsingError(.unexpectedCharacter(colon, expected: "':'"), at: position)
            }
            position += 1
            skipWhitespace()
            members.append(JSONObject.Member(key: key, value: try parseValue()))
            skipWhitespace()
            switch try peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return .object(JSONObject(members))
            case let other: throw JSONParsingError(.unexpectedCharacter(other, expected: "',' or '}'"), at: position)
            }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParsingError) {
        let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for expected in bytes {
            guard position < input.count else { throw JSONParsingError(.unexpectedEnd, at: position) }
            guard input[position] == expected else {
                throw JSONParsingError(.unexpectedCharacter(input[position], expected: "\(literal)"), at: position)
            }
            position += 1
        }
    }

    private mutating func parseNumber() throws(JSONParsingError) -> JSONValue {
        let start = position
        guard let end = Self.numberLiteralEnd(in: input, from: start) else {
            throw JSONParsingError(.invalidNumber, at: start)
        }
        position = end
        return Self.number(from: UnsafeBufferPointer(rebasing: input[start..<end]))
    }

    /// The exact `JSONValue` for a literal that already matched the number grammar.
    static func number(from literal: UnsafeBufferPointer<UInt8>) -> JSONValue {
        let negative = literal.first == UInt8(ascii: "-")
        let digits = negative ? UnsafeBufferPointer(rebasing: literal.dropFirst()) : literal
        let isInteger = !digits.contains { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        if isInteger, !(negative && digits.count == 1 && digits[0] == UInt8(ascii: "0")) {
            var magnitude: UInt64 = 0
            var overflow = false
            for digit in digits where !overflow {
                let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
                magnitude = sum
                overflow = o1 || o2
            }
            if !overflow {
                if !negative {
                    return magnitude <= UInt64(Int64.max) ? .integer(Int64(magnitude)) : .unsignedInteger(magnitude)
                }
                if magnitude <= UInt64(Int64.max) { return .integer(-Int64(magnitude)) }
                if magnitude == UInt64(Int64.max) + 1 { return .integer(.min) }
            }
        }
        return .decimal(String(decoding: literal, as: UTF8.self))
    }

    /// Where the number literal starting at `start` ends, or `nil` when the bytes break JSON's grammar:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    static func numberLiteralEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        func isDigit(_ index: Int) -> Bool {
            index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { return nil }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { return nil }
        } else {
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { return nil }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { return nil }
            while isDigit(index) { index += 1 }
        }
        return index
    }

    private mutating func parseString() throws(JSONParsingError) -> String {
        let start = position + 1
        var index = start
        var hasEscape = false
        var hasNonASCII = false
        // First pass: find the closing quote and learn whether the fast path applies.
        while true {
            guard index < input.count else { throw JSONParsingError(.unexpectedEnd, at: index) }
            let byte = input[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                hasEscape = true
                index += 2
                continue
            }
            if byte < 0x20 { throw JSONParsingError(.controlCharacterInString(byte), at: index) }
            if byte >= 0x80 { hasNonASCII = true }
            index += 1
        }
        let raw = UnsafeBufferPointer(rebasing: input[start..<index])
        position = index + 1
        if !hasEscape {
            if !hasNonASCII { return String(decoding: raw, as: UTF8.self) }
            guard let text = String(validating: raw, as: UTF8.self) else {
                throw JSONParsingError(.invalidUTF8, at: start)
            }
            return text
        }
        let decoded = try Self.unescape(raw, offset: start)
        guard let text = String(validating: decoded, as: UTF8.self) else {
            throw JSONParsingError(.invalidUTF8, at: start)
        }
        return text
    }

    /// The bytes of a string body with its escapes resolved; `offset` locates `raw` in the input for errors.
    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>, offset: Int) throws(JSONParsingError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < raw.count else { throw JSONParsingError(.invalidEscape, at: offset + index) }
            let escaped = raw[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escaped)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0c)
            case UInt8(ascii: "n"): output.append(0x0a)
            case UInt8(ascii: "r"): output.append(0x0d)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                let escapeStart = offset + index - 2
                var scalar = try hexQuad(raw, at: index, offset: offset)
                index += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u") else {
                        throw JSONParsingError(.unpairedSurrogate, at: escapeStart)
                    }
                    let low = try hexQuad(raw, at: index + 2, offset: offset)
                    guard (0xDC00...0xDFFF).contains(low) else { throw JSONParsingError(.unpairedSurrogate, at: escapeStart) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw JSONParsingError(.unpairedSurrogate, at: escapeStart)
                }
                appendUTF8(of: scalar, to: &output)
            default:
                throw JSONParsingError(.invalidEscape, at: offset + index - 2)
            }
        }
        return output
    }

    /// Appends the UTF-8 encoding of `scalar`, a code point below 0x110000 that is not a surrogate.
    private static func appendUTF8(of scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            output.append(UInt8(scalar))
        case ..<0x800:
            output += [0xC0 | UInt8(scalar >> 6), 0x80 | UInt8(scalar & 0x3F)]
        case ..<0x10000:
            output += [0xE0 | UInt8(scalar >> 12), 0x80 | UInt8(scalar >> 6 & 0x3F), 0x80 | UInt8(scalar & 0x3F)]
        default:
            output += [
                0xF0 | UInt8(scalar >> 18), 0x80 | UInt8(scalar >> 12 & 0x3F), 0x80 | UInt8(scalar >> 6 & 0x3F),
                0x80 | UInt8(scalar & 0x3F),
            ]
        }
    }

    private static func hexQuad(_ raw: UnsafeBufferPointer<UInt8>, at index: Int, offset: Int) throws(JSONParsingError) -> UInt32 {
        guard index + 4 <= raw.count else { throw JSONParsingError(.invalidEscape, at: offset + index) }
        var value: UInt32 = 0
        for byte in raw[index..<(index + 4)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONParsingError(.invalidEscape, at: offset + index)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private func peek() throws(JSONParsingError) -> UInt8 {
        guard position < input.count else { throw JSONParsingError(.unexpectedEnd, at: position) }
        return input[position]
    }

    private mutating func skipWhitespace() {
        while position < input.count {
            switch input[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
            default: return
            }
        }
    }
}
