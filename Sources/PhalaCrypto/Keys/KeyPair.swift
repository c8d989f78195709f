/// A signing key of either scheme, built from a secret URI such as `//Alice` or `<phrase>//polkadot///pw`.
///
/// This is what a CLI, a test world or a worker uses when it does not care which scheme an account uses,
/// only that it can produce the account id (`publicKey`) and signatures over extrinsic payloads.
/// Its `description` names the scheme only, never the secret.
public enum KeyPair: Sendable, CustomStringConvertible {
    /// An sr25519 key pair.
    case sr25519(Sr25519.KeyPair)
    /// An ed25519 key pair.
    case ed25519(Ed25519.KeyPair)

    /// Derives a key pair the way `subkey` and sp-core's `Pair::from_string` do.
    ///
    /// A phrase becomes its `substrate-bip39` mini secret salted with the URI's password; a `0x` seed is used
    /// as the mini secret directly (a password is then ignored, as in Substrate). The junctions are applied
    /// in order. ed25519 supports only hard junctions.
    /// - Parameters:
    ///   - uri: a secret URI; see `SecretURI` for the syntax.
    ///   - scheme: which kind of key to build.
    /// - Throws: `KeyDerivationError` naming the bad part of the URI.
    public init(uri: String, scheme: SignatureScheme) throws(KeyDerivationError) {
        self = try Self.derive(uri: uri, scheme: scheme).pair
    }

    /// Derives a key pair as `init(uri:scheme:)` does, and also returns its seed while it is known: the
    /// sr25519 mini secret or ed25519 seed after the junctions (what `subkey inspect` prints as
    /// "Secret seed"). An sr25519 key derived through a soft junction has no seed, so it is nil then.
    /// - Parameters:
    ///   - uri: a secret URI; see `SecretURI` for the syntax.
    ///   - scheme: which kind of key to build.
    /// - Returns: the key pair and its 32-byte seed, if any.
    /// - Throws: `KeyDerivationError` naming the bad part of the URI.
    public static func derive(uri: String, scheme: SignatureScheme) throws(KeyDerivationError)
        -> (pair: KeyPair, seed: [UInt8]?)
    {
        let parsed: SecretURI
        do { parsed = try SecretURI(uri) } catch { throw .invalidURI(error) }
        let miniSecret: [UInt8]
        switch parsed.root {
        case .phrase(let phrase):
            do {
                miniSecret = try Mnemonic(phrase: phrase).miniSecret(password: parsed.password ?? "")
            } catch {
                throw .invalidPhrase(error)
            }
        case .seed(let seed):
            guard seed.count == 32 else { throw .invalidSeedLength(seed.count) }
            miniSecret = seed
        }
        switch scheme {
        case .sr25519:
            let (pair, seed) = sr25519(miniSecret: miniSecret, junctions: parsed.junctions)
            return (.sr25519(pair), seed)
        case .ed25519:
            let pair = try ed25519(seed: miniSecret, junctions: parsed.junctions)
            return (.ed25519(pair), pair.seed)
        }
    }

    /// Which scheme this key uses.
    public var scheme: SignatureScheme {
        switch self {
        case .sr25519: .sr25519
        case .ed25519: .ed25519
        }
    }

    /// The 32-byte public key, which is also the account id (`AccountId32`) for both schemes.
    public var publicKey: [UInt8] {
        switch self {
        case .sr25519(let pair): pair.publicKey.bytes
        case .ed25519(let pair): pair.publicKey.bytes
        }
    }

    /// Signs `message` with this key.
    /// - Parameter message: the bytes to sign, for example an extrinsic's signing payload.
    /// - Returns: the 64-byte signature (randomised for sr25519, deterministic for ed25519 on Linux).
    public func sign(_ message: [UInt8]) -> [UInt8] {
        switch self {
        case .sr25519(let pair): pair.sign(message).bytes
        case .ed25519(let pair): pair.sign(message).bytes
        }
    }

    /// A description without the secret key.
    public var description: String { "KeyPair.\(scheme.rawValue)(<secret>)" }

    /// The ed25519 pair for `seed` after applying `junctions`, all of which must be hard.
    private static func ed25519(seed: [UInt8], junctions: [DeriveJunction]) throws(KeyDerivationError)
        -> Ed25519.KeyPair
    {
        var pair: Ed25519.KeyPair
        do { pair = try Ed25519.KeyPair(seed: seed) } catch { throw .invalidSeedLength(seed.count) }
        for (offset, junction) in junctions.enumerated() {
            guard case .hard(let chainCode) = junction else {
                throw .softJunctionNotSupported(.ed25519, position: offset + 1)
            }
            pair = pair.hardDerived(chainCode: chainCode)
        }
        return pair
    }
}
