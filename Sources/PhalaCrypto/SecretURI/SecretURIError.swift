/// Why a secret URI (`phrase//hard/soft///password`) could not be read.
public enum SecretURIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The part before the first `/` has a character other than ASCII letters, digits and spaces;
    /// `offset` is the character's position (from 0) in the URI.
    case invalidCharacterInPhrase(offset: Int)
    /// A `//` is not followed by a junction name (for example a URI ending in `//`).
    case emptyHardJunction
    /// A `/` is not followed by a junction name (for example a URI ending in `/`).
    case emptySoftJunction
    /// The password after `///` contains a line break.
    case invalidCharacterInPassword
    /// The secret starts with `0x` but the rest is not an even number of hexadecimal digits.
    case invalidSeedHex

    /// What was wrong and what to do about it.
    public var description: String {
        switch self {
        case .invalidCharacterInPhrase(let offset):
            "character \(offset) of the secret URI is not allowed before the first '/': a phrase has only "
                + "letters, digits and spaces, and a seed is 0x followed by hex digits"
        case .emptyHardJunction:
            "a '//' in the secret URI has no junction name after it: write //name or remove it"
        case .emptySoftJunction:
            "a '/' in the secret URI has no junction name after it: write /name or remove it"
        case .invalidCharacterInPassword:
            "the password after '///' contains a line break: passwords are one line"
        case .invalidSeedHex:
            "a secret seed is written 0x followed by hex digits (64 of them for 32 bytes)"
        }
    }
}
