/// Why a secret URI could not be turned into a key pair.
public enum KeyDerivationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URI's syntax is wrong.
    case invalidURI(SecretURIError)
    /// The phrase is not a valid BIP39 English phrase.
    case invalidPhrase(MnemonicError)
    /// A `0x…` seed is not 32 bytes long.
    case invalidSeedLength(Int)
    /// The path has a soft junction (`/name`) but the scheme only supports hard ones (`//name`);
    /// `position` counts junctions from 1.
    case softJunctionNotSupported(SignatureScheme, position: Int)

    /// What was wrong and what to do about it.
    public var description: String {
        switch self {
        case .invalidURI(let error):
            "invalid secret URI: \(error)"
        case .invalidPhrase(let error):
            "invalid secret phrase: \(error)"
        case .invalidSeedLength(let length):
            "a secret seed is 32 bytes (0x and 64 hex digits), not \(length)"
        case .softJunctionNotSupported(let scheme, let position):
            "junction \(position) is soft (/name) but \(scheme.rawValue) supports only hard junctions: "
                + "write //name, or use sr25519"
        }
    }
}
