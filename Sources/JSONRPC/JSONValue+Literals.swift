/// Literals for building values in code (`["methods": ["a", "b"]]`). There is deliberately no
/// `nil` literal: with `JSONValue?` everywhere it would blur JSON's `null` and a missing value; write `.null`.
extension JSONValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// `true` or `false`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// An integer literal, as `.integer`.
    public init(integerLiteral value: Int64) { self = .integer(value) }

    /// A string literal, as `.string`.
    public init(stringLiteral value: String) { self = .string(value) }

    /// An array literal, as `.array`.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// A dictionary literal, as an `.object` that keeps the literal's order.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements.map { JSONObject.Member(key: $0.0, value: $0.1) }))
    }
}
