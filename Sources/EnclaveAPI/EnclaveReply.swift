public import SCALE

/// The bytes an `Enclave` returns: `Result<EnclaveResponse, EnclaveError>` in SCALE (0 = Ok, 1 = Err).
public enum EnclaveReply {
    /// Encodes a reply.
    /// - Parameter result: the response or the refusal.
    /// - Returns: the SCALE bytes.
    public static func encode(_ result: Result<EnclaveResponse, EnclaveError>) -> [UInt8] {
        var encoder = ScaleEncoder()
        switch result {
        case .success(let response):
            encoder.encode(variantIndex: 0)
            encoder.encode(response)
        case .failure(let error):
            encoder.encode(variantIndex: 1)
            encoder.encode(error)
        }
        return encoder.bytes
    }

    /// Decodes a reply.
    /// - Parameter bytes: what the enclave returned.
    /// - Returns: the response.
    /// - Throws: the enclave's `EnclaveError`, or `.malformedReply` when the bytes do not decode.
    public static func decode(_ bytes: [UInt8]) throws(EnclaveError) -> EnclaveResponse {
        var decoder = ScaleDecoder(bytes)
        let result: Result<EnclaveResponse, EnclaveError>
        do {
            switch try decoder.decodeVariantIndex() {
            case 0: result = .success(try decoder.decode())
            case 1: result = .failure(try decoder.decode())
            case let other: throw decoder.unknownVariant(other, of: EnclaveReply.self)
            }
            try decoder.finish()
        } catch {
            throw .malformedReply(reason: "\(error)")
        }
        return try result.get()
    }
}
