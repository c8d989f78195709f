// Result<T, E>: 0 followed by the success value, 1 followed by the error value.

extension Result: ScaleEncodable where Success: ScaleEncodable, Failure: ScaleEncodable {
    /// Appends 0 and the value for `.success`, 1 and the error for `.failure`.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .success(let value):
            encoder.append(byte: 0)
            value.encode(to: &encoder)
        case .failure(let error):
            encoder.append(byte: 1)
            error.encode(to: &encoder)
        }
    }
}

extension Result: ScaleDecodable where Success: ScaleDecodable, Failure: ScaleDecodable {
    /// Reads the tag and the value or error it announces; any other tag is `.invalidResultTag`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let tag = try decoder.readByte()
        switch tag {
        case 0: self = .success(try decoder.nested { (inner: inout ScaleDecoder) throws(ScaleDecodingError) in try Success(from: &inner) })
        case 1: self = .failure(try decoder.nested { (inner: inout ScaleDecoder) throws(ScaleDecodingError) in try Failure(from: &inner) })
        default: throw ScaleDecodingError(.invalidResultTag(tag), at: decoder.offset - 1)
        }
    }
}
