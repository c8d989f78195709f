/// A parsed Substrate secret URI (`SURI`), the text form `subkey` and polkadot.js accept for a key:
/// `phrase/soft//hard///password`.
///
/// The rules are sp-core's `SecretUri` / `AddressUri::parse`:
/// - Before the first `/` comes the secret: a BIP39 phrase (ASCII letters, digits and spaces), or `0x`
///   and the hex of a seed. If nothing comes before the first `/`, the secret is the public development
///   phrase, so `//Alice` means `devPhrase + "//Alice"`.
/// - Then any number of junctions: `//name` is hard, `/name` is soft; a name runs to the next `/`.
/// - Finally `///` starts the password, which runs to the end (it may contain `/`, not a line break).
///   The password salts the phrase's mini secret; `///` with nothing after it is an empty password.
///
/// Parsing checks only the syntax; whether the phrase is valid BIP39 is checked when a key is derived
/// (`KeyPair(uri:scheme:)`). Its `description` shows only the number of junctions, never the secret.
public struct SecretURI: Sendable, Equatable, CustomStringConvertible {
    /// The secret a derivation path starts from.
    public enum Root: Sendable, Equatable {
        /// A BIP39 phrase, exactly as written (not yet validated).
        case phrase(String)
        /// Seed bytes written as `0x…` hex (32 bytes for sr25519 and ed25519, checked at derivation).
        case seed([UInt8])
    }

    /// Substrate's public development phrase (sp-core `DEV_PHRASE`), behind `//Alice`, `//Bob` and the
    /// other well-known test accounts. Never hold real funds with it.
    public static let devPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk"

    /// The phrase or seed before the first `/` (the development phrase when the URI starts with `/`).
    public var root: Root
    /// The derivation junctions, in the order they are applied.
    public var junctions: [DeriveJunction]
    /// The password after `///`, or `nil` when there is none.
    public var password: String?

    /// Parses a secret URI.
    /// - Parameter text: for example `//Alice`, `<phrase>//polkadot/0///secret` or `0x<64 hex digits>//1`.
    /// - Throws: `SecretURIError` naming the malformed part.
    public init(_ text: String) throws(SecretURIError) {
        let scalars = Array(text.unicodeScalars)
        var position = scalars.firstIndex(where: { !Self.isPhraseScalar($0) }) ?? scalars.endIndex
        let phrase = String(String.UnicodeScalarView(scalars[..<position]))
        var junctions: [DeriveJunction] = []
        var password: String?

        func starts(with slashes: Int) -> Bool {
            scalars.count - position >= slashes && scalars[position..<position + slashes].allSatisfy { $0 == "/" }
        }
        func take(while predicate: (Unicode.Scalar) -> Bool) -> String {
            let end = scalars[position...].firstIndex(where: { !predicate($0) }) ?? scalars.endIndex
            defer { position = end }
            return String(String.UnicodeScalarView(scalars[position..<end]))
        }

        while position < scalars.endIndex {
            if starts(with: 3) {
                position += 3
                password = take(while: { $0 != "\n" })
            } else if starts(with: 2) {
                position += 2
                let name = take(while: { $0 != "/" })
                guard !name.isEmpty else { throw .emptyHardJunction }
                junctions.append(DeriveJunction(name, hard: true))
            } else if starts(with: 1) {
                position += 1
                let name = take(while: { $0 != "/" })
                guard !name.isEmpty else { throw .emptySoftJunction }
                junctions.append(DeriveJunction(name, hard: false))
            } else if password != nil {
                throw .invalidCharacterInPassword
            } else {
                throw .invalidCharacterInPhrase(offset: position)
            }
        }

        self.root = try Self.root(phrase)
        self.junctions = junctions
        self.password = password
    }

    /// A description without the phrase, seed, junction names or password.
    public var description: String { "SecretURI(<secret>, \(junctions.count) junctions)" }

    /// Letters, digits and spaces: the characters sp-core allows in the phrase part.
    private static func isPhraseScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            && (scalar == " " || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar))
    }

    /// Classifies the text before the first `/`: empty means the development phrase, `0x` a hex seed.
    private static func root(_ phrase: String) throws(SecretURIError) -> Root {
        if phrase.isEmpty { return .phrase(devPhrase) }
        guard phrase.hasPrefix("0x") else { return .phrase(phrase) }
        guard let seed = hexBytes(phrase.utf8.dropFirst(2)) else { throw .invalidSeedHex }
        return .seed(seed)
    }

    /// Decodes hex digits (either case); `nil` for an odd count or a non-hex character.
    private static func hexBytes(_ digits: Substring.UTF8View) -> [UInt8]? {
        func nibble(_ digit: UInt8) -> UInt8? {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        let digits = Array(digits)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }
}
