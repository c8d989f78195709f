/// Typed access to the members of one JSON object; every failure names the member's path in a
/// `.malformedCollateral` error.
struct JSONObject {
    /// The members in document order.
    let members: [JSONValue.Member]
    /// Where this object sits, e.g. `tcb_info.tcbLevels[2].tcb`.
    let path: JSONPath

    /// Wraps `value`, which must be an object.
    /// - Throws: `.malformedCollateral` when it is not.
    init(_ value: JSONValue, path: JSONPath) throws(DcapVerificationError) {
        guard case .object(let members) = value else {
            throw .malformedCollateral(field: path.description, reason: "expected an object")
        }
        self.members = members
        self.path = path
    }

    /// The member `key`, or nil when absent (a JSON `null` counts as absent).
    func optional(_ key: String) -> JSONValue? {
        guard let value = members.first(where: { $0.key == key })?.value else { return nil }
        if case .null = value { return nil }
        return value
    }

    /// The member `key`.
    func required(_ key: String) throws(DcapVerificationError) -> JSONValue {
        guard let value = optional(key) else { throw .malformedCollateral(field: path.describing(member: key), reason: "missing") }
        return value
    }

    /// The string member `key`.
    func string(_ key: String) throws(DcapVerificationError) -> String {
        guard case .string(let text) = try required(key) else { throw mistyped(key, "a string") }
        return text
    }

    /// The integer member `key`, which must lie in `range`.
    func integer(_ key: String, in range: ClosedRange<Int>) throws(DcapVerificationError) -> Int {
        guard case .integer(let value) = try required(key) else { throw mistyped(key, "an integer") }
        guard range.contains(value) else { throw mistyped(key, "an integer in \(range)") }
        return value
    }

    /// The hex string member `key` as bytes; exactly `count` bytes when `count` is given.
    func hex(_ key: String, count: Int? = nil) throws(DcapVerificationError) -> [UInt8] {
        let text = try string(key)
        guard let bytes = HexText.decode(Array(text.utf8)), count == nil || bytes.count == count else {
            throw mistyped(key, count.map { "hex of \($0) bytes" } ?? "hex text")
        }
        return bytes
    }

    /// The RFC 3339 date member `key` as Unix seconds.
    func date(_ key: String) throws(DcapVerificationError) -> UInt64 {
        guard let seconds = RFC3339.unixSeconds(try string(key)) else { throw mistyped(key, "a YYYY-MM-DDTHH:MM:SSZ date") }
        return seconds
    }

    /// The object member `key`.
    func object(_ key: String) throws(DcapVerificationError) -> JSONObject {
        try JSONObject(try required(key), path: .member(path, key))
    }

    /// An element of an array member and where it sits.
    struct Element {
        /// The element.
        let value: JSONValue
        /// Its path, e.g. `tcb_info.tcbLevels[2]`.
        let path: JSONPath
    }

    /// The array member `key` (absent = empty when `optional`), each element with its path.
    func array(_ key: String, optional: Bool = false) throws(DcapVerificationError) -> [Element] {
        let elements = try values(key, optional: optional)
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for index in elements.indices {
            result.append(Element(value: elements[index], path: .element(path, key, index)))
        }
        return result
    }

    /// The elements of the array member `key` (absent = empty when `optional`), without their paths
    /// (see `elementPath`), for loops that only need a path when reporting an error.
    func values(_ key: String, optional: Bool = false) throws(DcapVerificationError) -> [JSONValue] {
        guard let value = self.optional(key) else {
            if optional { return [] }
            throw .malformedCollateral(field: path.describing(member: key), reason: "missing")
        }
        guard case .array(let elements) = value else { throw mistyped(key, "an array") }
        return elements
    }

    /// The path of element `index` of the array member `key`.
    func elementPath(_ key: String, _ index: Int) -> JSONPath { .element(path, key, index) }

    /// The optional array of strings `key` (absent = empty), e.g. `advisoryIDs`.
    func strings(_ key: String) throws(DcapVerificationError) -> [String] {
        var result: [String] = []
        for element in try array(key, optional: true) {
            guard case .string(let text) = element.value else {
                throw .malformedCollateral(field: element.path.description, reason: "expected a string")
            }
            result.append(text)
        }
        return result
    }

    /// The error for a member of the wrong type or value.
    private func mistyped(_ key: String, _ expected: String) -> DcapVerificationError {
        .malformedCollateral(field: path.describing(member: key), reason: "expected \(expected)")
    }
}

/// Where a JSON value sits in its document; spelled out only when an error names it, so parsing
/// does not format a path string for every element.
indirect enum JSONPath: CustomStringConvertible {
    /// The document itself (`tcb_info`, `qe_identity`, `collateral`).
    case document(String)
    /// Member `key` of the object at the parent path.
    case member(JSONPath, String)
    /// Element `index` of the array member `key` of the object at the parent path.
    case element(JSONPath, String, Int)

    /// The dotted path, e.g. `tcb_info.tcbLevels[2].tcb`.
    var description: String {
        switch self {
        case .document(let name): name
        case .member(let parent, let key): parent.description + "." + key
        case .element(let parent, let key, let index): parent.description + "." + key + "[\(index)]"
        }
    }

    /// The dotted path of member `key` below this one.
    func describing(member key: String) -> String { description + "." + key }
}
