public import PhalaCrypto
public import SCALE

extension ScaleDecoder {
    /// Reads a 32-byte sr25519 public key (SCALE writes it as the raw bytes, like `sr25519::Public`).
    /// - Returns: the parsed key.
    /// - Throws: `ScaleDecodingError` when the input ends early or the bytes are not a ristretto255 point.
    public mutating func decodeSr25519PublicKey() throws(ScaleDecodingError) -> Sr25519.PublicKey {
        let bytes = try readBytes(32)
        do {
            return try Sr25519.PublicKey(bytes: bytes)
        } catch {
            throw self.error(.invalidValue(reason: "\(error)"))
        }
    }
}
