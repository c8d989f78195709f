extension JSONValue: CustomStringConvertible {
    /// The value as compact JSON text (no insignificant whitespace, members in order).
    ///
    /// Deterministic: the same value always gives the same bytes. Strings escape `"`, `\` and control
    /// characters (as `\n`, `\t`... or `\u00XX`) and keep every other character as raw UTF-8.
    /// - Returns: UTF-8 JSON text.
    public func serialized() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(64)
        Self.write(self, to: &output)
        return output
    }

    /// The value as compact JSON text in a `String`; see `serialized()`.
    public var description: String {
        String(decoding: serialized(), as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func write(_ value: JSONValue, to output: inout [UInt8]) {
        switch value {
        case .null: output += "null".utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .integer(let number): output += String(number).utf8
        case .unsignedInteger(let number): output += String(number).utf8
        case .decimal(let literal):
            precondition(isNumberLiteral(literal), "JSONValue.decimal holds \"\(literal)\", which is not a JSON number")
            output += literal.utf8
        case .string(let text): writeString(text, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(element, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                write(member.value, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += text.utf8
            output.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0a: output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0d: output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: output += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0c: output += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case ..<0x20:
                output += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")]
                output += [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0f)]]
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Whether `literal` is exactly one JSON number.
    static func isNumberLiteral(_ literal: String) -> Bool {
        var literal = literal
        return literal.withUTF8 { bytes in JSONParser.numberLiteralEnd(in: bytes, from: 0) == bytes.count }
    }
}
