/// Why SCALE bytes could not be decoded, and at which byte offset the decoder stopped.
///
/// Decoding input from the network, a file or a contract reports this error instead of crashing.
public struct ScaleDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of malformed input the decoder recognises.
    public enum Kind: Equatable, Sendable {
        /// The input ended while `needed` more bytes were expected.
        case unexpectedEnd(needed: Int)
        /// A declared element count (or byte length) exceeds the bytes that remain.
        case lengthBeyondInput(declared: UInt64, remaining: Int)
        /// Values nest deeper than `ScaleDecoder.Limits.maxDepth`.
        case depthLimitExceeded(limit: Int)
        /// Bytes remain after a value that should have consumed the whole input.
        case trailingBytes(count: Int)
        /// A bool byte other than 0 or 1.
        case invalidBool(UInt8)
        /// An option tag other than 0 or 1 (0, 1 or 2 for `Option<bool>`).
        case invalidOptionTag(UInt8)
        /// A result tag other than 0 (ok) or 1 (err).
        case invalidResultTag(UInt8)
        /// An enum index that names no variant of `type`.
        case unknownVariant(index: UInt8, type: String)
        /// A compact integer encoded in more bytes than its value needs (SCALE allows one encoding only).
        case nonCanonicalCompact
        /// A compact or fixed value that does not fit the target type.
        case integerOverflow(type: String)
        /// A string whose bytes are not valid UTF-8.
        case invalidUTF8
        /// A value that decoded but breaks the type's own rule (described in `reason`).
        case invalidValue(reason: String)
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

    /// "SCALE decoding failed at byte N: " and what was wrong, for logs and error replies.
    public var description: String {
        let what: String
        switch kind {
        case .unexpectedEnd(let needed): what = "input ended while \(needed) more byte(s) were expected"
        case .lengthBeyondInput(let declared, let remaining):
            what = "declared length \(declared) exceeds the \(remaining) byte(s) that remain"
        case .depthLimitExceeded(let limit): what = "values nest deeper than the limit of \(limit)"
        case .trailingBytes(let count): what = "\(count) byte(s) remain after the value"
        case .invalidBool(let byte): what = "bool byte must be 0 or 1, found \(byte)"
        case .invalidOptionTag(let byte): what = "option tag must be 0 or 1, found \(byte)"
        case .invalidResultTag(let byte): what = "result tag must be 0 or 1, found \(byte)"
        case .unknownVariant(let index, let type): what = "index \(index) names no variant of \(type)"
        case .nonCanonicalCompact: what = "compact integer is not in its shortest encoding"
        case .integerOverflow(let type): what = "value does not fit in \(type)"
        case .invalidUTF8: what = "string is not valid UTF-8"
        case .invalidValue(let reason): what = reason
        }
        return "SCALE decoding failed at byte \(offset): \(what)"
    }
}
