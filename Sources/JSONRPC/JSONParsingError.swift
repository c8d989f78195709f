/// Why bytes could not be read as JSON, and at which byte offset the parser stopped.
///
/// Input from the network reports this error instead of crashing; a server answers it with JSON-RPC's
/// -32700 parse error.
public struct JSONParsingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of malformed or oversized input the parser recognises.
    public enum Kind: Equatable, Sendable {
        /// The input is longer than `JSONValue.ParsingLimits.maxBytes`.
        case inputTooLarge(size: Int, limit: Int)
        /// Arrays and objects nest deeper than `JSONValue.ParsingLimits.maxDepth`.
        case depthLimitExceeded(limit: Int)
        /// The input ended inside a value (or was empty).
        case unexpectedEnd
        /// A byte that cannot start or continue a value here; `expected` says what could.
        case unexpectedCharacter(UInt8, expected: String)
        /// A number that breaks JSON's grammar (leading zeros, a lone `-`, `1.`, `1e`).
        case invalidNumber
        /// A backslash escape other than `\" \\ \/ \b \f \n \r \t \uXXXX`.
        case invalidEscape
        /// A `\uD800`–`\uDFFF` escape that is not half of a surrogate pair.
        case unpairedSurrogate
        /// A raw control character (below U+0020) inside a string; it must be escaped.
        case controlCharacterInString(UInt8)
        /// String bytes that are not valid UTF-8.
        case invalidUTF8
        /// Something other than whitespace follows the value.
        case trailingCharacters
    }

    /// What was wrong.
    public let kind: Kind
    /// The byte offset in the input where the problem was found.
    public let offset: Int

    /// Creates an error of `kind` found at `offset`.
    public init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// What was wrong with the JSON text and where, for error replies and logs.
    public var description: String {
        let what: String
        switch kind {
        case .inputTooLarge(let size, let limit): what = "input of \(size) bytes exceeds the limit of \(limit) bytes"
        case .depthLimitExceeded(let limit): what = "arrays and objects nest deeper than the limit of \(limit)"
        case .unexpectedEnd: what = "input ended inside a value"
        case .unexpectedCharacter(let byte, let expected):
            what = "unexpected \(Self.describe(byte)), expected \(expected)"
        case .invalidNumber: what = "malformed number"
        case .invalidEscape: what = "invalid escape sequence in a string"
        case .unpairedSurrogate: what = "\\u escape is half of a surrogate pair without its other half"
        case .controlCharacterInString(let byte):
            what = "raw control character 0x\(String(byte, radix: 16)) in a string (escape it)"
        case .invalidUTF8: what = "string is not valid UTF-8"
        case .trailingCharacters: what = "unexpected characters after the JSON value"
        }
        return "invalid JSON at byte \(offset): \(what)"
    }

    private static func describe(_ byte: UInt8) -> String {
        (0x21...0x7e).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
    }
}
