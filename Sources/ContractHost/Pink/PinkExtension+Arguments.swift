import SCALE

extension PinkExtension {
    /// Decodes a function's argument tuple, which must use up `input` exactly (pink-abi.md §5.1).
    /// - Parameters:
    ///   - input: the bytes the contract passed.
    ///   - types: the argument types in order; none for a function without arguments.
    /// - Returns: the arguments.
    /// - Throws: `.contracts(.decodingFailed)` for malformed, short or over-long input.
    static func arguments<each T: ScaleDecodable>(
        _ input: [UInt8], _ types: repeat (each T).Type
    ) throws(ExecutionFailure) -> (repeat each T) {
        var decoder = ScaleDecoder(input)
        do {
            let values = try decoder.decode(tuple: repeat each types)
            try decoder.finish()
            return values
        } catch {
            throw .contracts(.decodingFailed)
        }
    }
}

extension ChainExtensionResult {
    /// Status 0 with the SCALE encoding of one return value.
    static func value(_ value: some ScaleEncodable) -> ChainExtensionResult {
        ChainExtensionResult(output: value.scaleEncoded())
    }

    /// Status 0 with the SCALE encoding of a tuple return value; no values encode `()` as empty output.
    static func values<each T: ScaleEncodable>(_ values: repeat each T) -> ChainExtensionResult {
        var encoder = ScaleEncoder()
        encoder.encode(tuple: repeat each values)
        return ChainExtensionResult(output: encoder.bytes)
    }
}
