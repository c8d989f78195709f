import PhalaCrypto
import PhalaPrimitives

/// Reads an account given on the command line: an SS58 address of any network, a `0x` public key,
/// or a secret URI such as `//Alice` (whose public key is the account).
enum AccountArgument {
    /// Resolves `text` to an account.
    /// - Parameters:
    ///   - text: an SS58 address, 64 hex digits with `0x`, or a secret URI.
    ///   - scheme: the key scheme a secret URI is derived with.
    /// - Returns: the account.
    /// - Throws: `CommandError` when the text is none of these.
    static func resolve(_ text: String, scheme: SignatureScheme) throws -> AccountId32 {
        if let account = try? AccountId32(ss58: text) { return account }
        if text.hasPrefix("0x") {
            do { return try AccountId32(hex: text) } catch {
                throw CommandError("\(text) is not a 32-byte account id in hex (\(error))")
            }
        }
        do {
            return try AccountId32(bytes: try KeyPair(uri: text, scheme: scheme).publicKey)
        } catch {
            throw CommandError(
                "\"\(text)\" is neither an SS58 address, a 0x account id nor a secret URI such as //Alice (\(error))"
            )
        }
    }
}
