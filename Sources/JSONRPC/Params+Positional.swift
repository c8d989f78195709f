extension Params {
    /// The parameter at `position`, or `nil` when there are fewer parameters.
    ///
    /// A `null` parameter is returned as `.null`; the `optional…` readers treat it like an absent one,
    /// as Substrate does for trailing optional parameters such as a block hash.
    /// - Throws: `RPCError.invalidParams` when the parameters are named rather than positional.
    public func value(at position: Int) throws(RPCError) -> JSONValue? {
        switch self {
        case .none: return nil
        case .positional(let values): return position < values.count ? values[position] : nil
        case .named: throw .invalidParams("expected positional parameters (a JSON array), got an object")
        }
    }

    /// The parameter at `position`, which must be present and not `null`.
    /// - Throws: `RPCError.invalidParams` naming the missing position.
    public func required(at position: Int) throws(RPCError) -> JSONValue {
        guard let value = try value(at: position), value != .null else {
            throw .invalidParams("missing parameter at position \(position)")
        }
        return value
    }

    /// The string at `position`.
    /// - Throws: `RPCError.invalidParams` when it is missing or not a string.
    public func string(at position: Int) throws(RPCError) -> String {
        let value = try required(at: position)
        guard let text = value.string else { throw Self.mismatch("a string", at: position, got: value) }
        return text
    }

    /// The string at `position`, or `nil` when it is absent or `null`.
    /// - Throws: `RPCError.invalidParams` when it is present but not a string.
    public func optionalString(at position: Int) throws(RPCError) -> String? {
        guard let value = try value(at: position), value != .null else { return nil }
        guard let text = value.string else { throw Self.mismatch("a string", at: position, got: value) }
        return text
    }

    /// The bytes written as a `0x`-prefixed hex string at `position` (digits in either case).
    /// - Throws: `RPCError.invalidParams` ("expected a 0x-prefixed hex string at position 0") when it is
    ///   missing, not a string, unprefixed, of odd length or not hex.
    public func hexBytes(at position: Int) throws(RPCError) -> [UInt8] {
        let value = try required(at: position)
        guard let text = value.string, let bytes = Self.decodeHex(text) else {
            throw Self.mismatch("a 0x-prefixed hex string", at: position, got: value)
        }
        return bytes
    }

    /// The bytes of a `0x`-prefixed hex string at `position`, or `nil` when it is absent or `null`.
    /// - Throws: `RPCError.invalidParams` when it is present but not such a string.
    public func optionalHexBytes(at position: Int) throws(RPCError) -> [UInt8]? {
        guard let value = try value(at: position), value != .null else { return nil }
        return try hexBytes(at: position)
    }

    /// The non-negative integer (a JSON number, not a string) at `position`.
    /// - Throws: `RPCError.invalidParams` when it is missing, not an integer, negative or above `UInt64.max`.
    public func unsignedInteger(at position: Int) throws(RPCError) -> UInt64 {
        let value = try required(at: position)
        guard let number = value.uint64 else { throw Self.mismatch("a non-negative integer", at: position, got: value) }
        return number
    }

    /// The array at `position`.
    /// - Throws: `RPCError.invalidParams` when it is missing or not an array.
    public func array(at position: Int) throws(RPCError) -> [JSONValue] {
        let value = try required(at: position)
        guard let elements = value.array else { throw Self.mismatch("an array", at: position, got: value) }
        return elements
    }

    private static func mismatch(_ expected: String, at position: Int, got value: JSONValue) -> RPCError {
        .invalidParams("expected \(expected) at position \(position), got \(value.kindDescription)")
    }

    /// The bytes of `0x`-prefixed hex text, or `nil` when the text is not exactly that.
    static func decodeHex(_ text: String) -> [UInt8]? {
        let utf8 = text.utf8
        guard utf8.count >= 2, utf8.count.isMultiple(of: 2), utf8.starts(with: "0x".utf8) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2 - 1)
        var high: UInt8?
        for character in utf8.dropFirst(2) {
            let nibble: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = character - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = character - UInt8(ascii: "A") + 10
            default: return nil
            }
            if let first = high {
                bytes.append(first << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return bytes
    }
}
