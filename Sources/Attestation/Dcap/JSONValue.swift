/// A parsed JSON value, as the collateral's small JSON documents need it: objects keep their member
/// order, numbers must be integers (Intel's TCB info and QE identity use no others).
enum JSONValue {
    /// An object's members in document order (duplicate keys are refused while parsing).
    case object([Member])
    /// An array.
    case array([JSONValue])
    /// A string, unescaped.
    case string(String)
    /// An integer that fits in `Int`.
    case integer(Int)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// One member of an object (a struct, not a tuple: arrays of tuples fetch their type metadata at
    /// run time on every allocation, which dominated parsing).
    struct Member {
        /// The member name, unescaped.
        let key: String
        /// The member value.
        let value: JSONValue
    }

    /// Parses one JSON document (RFC 8259; surrounding whitespace allowed, nesting at most 32 deep).
    /// - Parameters:
    ///   - bytes: the UTF-8 text.
    ///   - document: the name used in error messages (`tcb_info`, `collateral`, ...).
    /// - Throws: `.malformedCollateral` naming the document and the offset of the first bad byte.
    static func parse(_ bytes: [UInt8], document: String) throws(DcapVerificationError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, document: document)
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.offset == bytes.count else { throw parser.failure("trailing characters") }
        return value
    }
}

/// The recursive-descent reader behind `JSONValue.parse`; every access is bounds-checked.
private struct JSONParser {
    let bytes: [UInt8]
    let document: String
    var offset = 0

    init(bytes: [UInt8], document: String) {
        self.bytes = bytes
        self.document = document
    }

    func failure(_ reason: String) -> DcapVerificationError {
        .malformedCollateral(field: document, reason: "invalid JSON at offset \(offset): \(reason)")
    }

    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
    }

    mutating func expect(_ literal: String) throws(DcapVerificationError) {
        for byte in literal.utf8 {
            guard current == byte else { throw failure("expected \(literal)") }
            offset += 1
        }
    }

    mutating func value(depth: Int) throws(DcapVerificationError) -> JSONValue {
        guard depth < 32 else { throw failure("nested too deeply") }
        guard let byte = current else { throw failure("expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .integer(try integer())
        default: throw failure("expected a value")
        }
    }

    mutating func object(depth: Int) throws(DcapVerificationError) -> JSONValue {
        offset += 1
        var members: [JSONValue.Member] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") { offset += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw failure("expected a member name") }
            let key = try string()
            guard !members.contains(where: { $0.key == key }) else { throw failure("duplicate member \(key)") }
            skipWhitespace()
            try expect(":")
            skipWhitespace()
            members.append(JSONValue.Member(key: key, value: try value(depth: depth + 1)))
            skipWhitespace()
            if current == UInt8(ascii: ",") { offset += 1; continue }
            try expect("}")
            return .object(members)
        }
    }

    mutating func array(depth: Int) throws(DcapVerificationError) -> JSONValue {
        offset += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { offset += 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try value(depth: depth + 1))
            skipWhitespace()
            if current == UInt8(ascii: ",") { offset += 1; continue }
            try expect("]")
            return .array(elements)
        }
    }

    mutating func integer() throws(DcapVerificationError) -> Int {
        let negative = current == UInt8(ascii: "-")
        if negative { offset += 1 }
        let start = offset
        var magnitude: Int = 0
        while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { throw failure("integer out of range") }
            magnitude = sum
            offset += 1
        }
        guard offset > start else { throw failure("expected digits") }
        guard !(bytes[start] == UInt8(ascii: "0") && offset - start > 1) else { throw failure("leading zero") }
        if let byte = current, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            throw failure("only integers are accepted")
        }
        return negative ? -magnitude : magnitude
    }

    mutating func string() throws(DcapVerificationError) -> String {
        offset += 1
        // Fast path: a string without escapes is its bytes up to the closing quote; ASCII text needs
        // no validation (and the generic `String(validating:as:)` is slow).
        var end = offset
        var ascii = true
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 {
            ascii = ascii && bytes[end] < 0x80
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            if ascii {
                defer { offset = end + 1 }
                return String(decoding: bytes[offset..<end], as: UTF8.self)
            }
            guard let text = String(validating: bytes[offset..<end], as: UTF8.self) else {
                offset = end + 1
                throw failure("invalid UTF-8")
            }
            offset = end + 1
            return text
        }
        var utf8: [UInt8] = []
        while true {
            guard let byte = current else { throw failure("unterminated string") }
            offset += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: utf8, as: UTF8.self) else { throw failure("invalid UTF-8") }
                return text
            case UInt8(ascii: "\\"): try escape(into: &utf8)
            case 0..<0x20: throw failure("control character in string")
            default: utf8.append(byte)
            }
        }
    }

    mutating func escape(into utf8: inout [UInt8]) throws(DcapVerificationError) {
        guard let byte = current else { throw failure("unterminated escape") }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad()
            if (0xD800..<0xDC00).contains(scalar) {
                try expect("\\u")
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else { throw failure("unpaired surrogate") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw failure("invalid \\u escape") }
            utf8.append(contentsOf: Array(String(Character(unicode)).utf8))
        default: throw failure("invalid escape")
        }
    }

    mutating func hexQuad() throws(DcapVerificationError) -> UInt32 {
        guard offset + 4 <= bytes.count, let bytes = HexText.decode(Array(bytes[offset..<offset + 4])) else {
            throw failure("invalid \\u escape")
        }
        offset += 4
        return UInt32(bytes[0]) << 8 | UInt32(bytes[1])
    }
}
