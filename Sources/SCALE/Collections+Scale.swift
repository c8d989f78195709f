// Maps and sets encode as BTreeMap/BTreeSet do in Rust: a compact count, then the entries sorted by key.
// Sorting by the key's own order (not its bytes) is what makes the encoding match Substrate's.

extension Dictionary: ScaleEncodable where Key: ScaleEncodable & Comparable, Value: ScaleEncodable {
    /// Appends the count and the `(key, value)` pairs in ascending key order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(compactLength: count)
        for key in keys.sorted() {
            key.encode(to: &encoder)
            self[key]!.encode(to: &encoder)  // The key came from `keys`: it is present.
        }
    }
}

extension Dictionary: ScaleDecodable where Key: ScaleDecodable & Comparable, Value: ScaleDecodable {
    /// Reads the count and the pairs; a repeated key keeps its last value, as BTreeMap's decoder does.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let count = try decoder.decodeCompactLength()
        var map: [Key: Value] = [:]
        map.reserveCapacity(count)
        try decoder.nested { (inner: inout ScaleDecoder) throws(ScaleDecodingError) in
            for _ in 0..<count {
                let key = try Key(from: &inner)
                map[key] = try Value(from: &inner)
            }
        }
        self = map
    }
}

extension Set: ScaleEncodable where Element: ScaleEncodable & Comparable {
    /// Appends the count and the elements in ascending order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(compactLength: count)
        for element in sorted() { element.encode(to: &encoder) }
    }
}

extension Set: ScaleDecodable where Element: ScaleDecodable & Comparable {
    /// Reads the count and the elements; a repeated element is kept once, as BTreeSet's decoder does.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self = Set(try [Element](from: &decoder))
    }
}
