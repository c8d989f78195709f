public import PhalaCrypto

/// Why an SS58 address could not be read as an `AccountId32`.
public enum SS58AddressError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a valid SS58 address (bad character, length, prefix or checksum).
    case invalidAddress(SS58Error)
    /// A valid SS58 address whose payload has `payloadLength` bytes, so it names an account index or a
    /// 33-byte public key rather than a 32-byte account id.
    case notAnAccountId(payloadLength: Int)

    /// What was wrong, and what to do about it.
    public var description: String {
        switch self {
        case .invalidAddress(let error): "not a valid SS58 address: \(error)"
        case .notAnAccountId(let length):
            "the SS58 address carries a \(length)-byte payload, not a 32-byte account id; use the account's own address"
        }
    }
}
