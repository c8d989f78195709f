// Option<T>: 0 for none, 1 followed by the value for some. Option<bool> is the one exception, packed
// into a single byte: 0 none, 1 Some(true), 2 Some(false).

extension Optional: ScaleEncodable where Wrapped: ScaleEncodable {
    /// Appends the tag and, for `.some`, the value (one byte in all for `Bool?`).
    public func encode(to encoder: inout ScaleEncoder) {
        if let flag = self as? Bool? {
            encoder.append(byte: flag.map { $0 ? 1 : 2 } ?? 0)
            return
        }
        switch self {
        case .none: encoder.append(byte: 0)
        case .some(let value):
            encoder.append(byte: 1)
            value.encode(to: &encoder)
        }
    }
}

extension Optional: ScaleDecodable where Wrapped: ScaleDecodable {
    /// Reads the tag and, for `.some`, the value; any other tag is `.invalidOptionTag`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let tag = try decoder.readByte()
        if Wrapped.self == Bool.self {
            switch tag {
            case 0: self = .none
            case 1: self = true as? Wrapped
            case 2: self = false as? Wrapped
            default: throw ScaleDecodingError(.invalidOptionTag(tag), at: decoder.offset - 1)
            }
            return
        }
        switch tag {
        case 0: self = .none
        case 1: self = .some(try decoder.nested { (inner: inout ScaleDecoder) throws(ScaleDecodingError) in try Wrapped(from: &inner) })
        default: throw ScaleDecodingError(.invalidOptionTag(tag), at: decoder.offset - 1)
        }
    }
}
