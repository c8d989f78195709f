/// A JSON document held exactly as it was written, for JSON-RPC messages that must round-trip unchanged.
///
/// Numbers never pass through floating point: integers that fit 64 bits are kept as `Int64` or `UInt64`,
/// and every other number (fractions, exponents, integers beyond 64 bits) keeps its literal text, so a
/// request `id` of `1.50` or `18446744073709551616` is echoed byte for byte. Substrate writes 128-bit
/// quantities (balances, fees) as decimal or hex *strings*; those are plain `.string` values here.
/// Object members keep their order (see `JSONObject`), so serialising the same value always gives the
/// same bytes.
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer in `Int64`'s range. The parser produces this for every integer that fits.
    case integer(Int64)
    /// An integer above `Int64.max` that fits `UInt64`. The parser produces this only for such values.
    case unsignedInteger(UInt64)
    /// Any other JSON number, as its literal text (for example `1.5`, `-0`, `1e3`, `340282366920938463463374607431768211455`).
    ///
    /// The text must match JSON's number grammar; serialising an invalid literal is a programming error.
    case decimal(String)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, members in order.
    case object(JSONObject)
}

extension JSONValue {
    /// The value as an `Int64` when it is an integer in that range, for reading counts and numeric ids.
    public var int64: Int64? {
        switch self {
        case .integer(let value): value
        case .unsignedInteger(let value): Int64(exactly: value)
        default: nil
        }
    }

    /// The value as a `UInt64` when it is a non-negative integer in that range, for block numbers and nonces.
    public var uint64: UInt64? {
        switch self {
        case .integer(let value): UInt64(exactly: value)
        case .unsignedInteger(let value): value
        default: nil
        }
    }

    /// The string when the value is a JSON string.
    public var string: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The flag when the value is `true` or `false`.
    public var bool: Bool? {
        if case .bool(let value) = self { value } else { nil }
    }

    /// The elements when the value is an array.
    public var array: [JSONValue]? {
        if case .array(let value) = self { value } else { nil }
    }

    /// The members when the value is an object.
    public var object: JSONObject? {
        if case .object(let value) = self { value } else { nil }
    }

    /// Whether the value is `null`.
    public var isNull: Bool { self == .null }

    /// The member named `key` when the value is an object (the first one if the key repeats).
    public subscript(key: String) -> JSONValue? {
        object?[key]
    }

    /// What kind of JSON value this is, in words, for error messages ("a string", "an array").
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer, .unsignedInteger, .decimal: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
