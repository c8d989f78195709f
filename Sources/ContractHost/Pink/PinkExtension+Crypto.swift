import PhalaCrypto
import PhalaPrimitives

extension PinkExtension {
    /// HKDF salt of `derive_sr25519_key`: Phala's PoC-4 genesis hash (pink-abi.md §5.2 id 4).
    static let keyDerivationSalt: [UInt8] = [
        0x18, 0xe8, 0x76, 0xad, 0xfa, 0x74, 0xcc, 0x74, 0x3b, 0x4b, 0x7d, 0x7f, 0x92, 0xc9, 0x6e, 0x03,
        0xde, 0x55, 0x9a, 0x3c, 0x15, 0x27, 0x05, 0x81, 0xfc, 0xe4, 0x45, 0x96, 0x3d, 0x90, 0xf8, 0x5e,
    ]

    /// `sign` (id 2): sr25519 is randomized, so a transaction gets an empty signature without the key
    /// being looked at; ed25519 and ecdsa (over the blake2-256 hash of the message) are deterministic.
    func sign(_ type: SigType, key: [UInt8], message: [UInt8], mode: ExecutionMode) throws(ExecutionFailure) -> [UInt8] {
        switch type {
        case .sr25519:
            guard mode == .query else { return [] }
            return try Self.sr25519KeyPair(key).sign(message).bytes
        case .ed25519:
            return try Self.ed25519KeyPair(key).sign(message).bytes
        case .ecdsa:
            let secret = try Self.ecdsaKey(key)
            guard let signature = try? secret.signPrehashed(Hashing.blake2_256(message)) else {
                preconditionFailure("a blake2-256 digest is 32 bytes")
            }
            return signature
        }
    }

    /// `verify` (id 3): lengths other than 32/32/33 (key) and 64/64/65 (signature) end the execution; a
    /// well-sized key that is no curve point simply fails to verify, as in Substrate.
    func verify(
        _ type: SigType, publicKey: [UInt8], message: [UInt8], signature: [UInt8]
    ) throws(ExecutionFailure) -> Bool {
        let (keyLength, signatureLength) = switch type {
        case .sr25519, .ed25519: (32, 64)
        case .ecdsa: (33, 65)
        }
        guard signature.count == signatureLength else { throw .other("Invalid signature") }
        guard publicKey.count == keyLength else { throw .other("Invalid public key") }
        switch type {
        case .sr25519:
            guard let key = try? Sr25519.PublicKey(bytes: publicKey),
                let parsed = try? Sr25519.Signature(bytes: signature)
            else { return false }
            return key.verify(parsed, for: message)
        case .ed25519:
            guard let key = try? Ed25519.PublicKey(bytes: publicKey),
                let parsed = try? Ed25519.Signature(bytes: signature)
            else { return false }
            return key.verify(parsed, for: message)
        case .ecdsa:
            guard let key = try? Secp256k1.PublicKey(bytes: publicKey) else { return false }
            return Secp256k1.verifyPrehashed(signature: signature, digest: Hashing.blake2_256(message), publicKey: key)
        }
    }

    /// `derive_sr25519_key` (id 4): HKDF-SHA256 over the cluster key, bound to the contract and salt;
    /// the 32 bytes are a mini-secret, returned expanded as a 64-byte secret key (scalar ‖ nonce).
    func deriveSr25519Key(salt: [UInt8], contract: AccountId32) throws(ExecutionFailure) -> [UInt8] {
        guard let clusterKey = environment.clusterSecretKey else { throw .pink(.keySeedMissing) }
        let miniSecret = HKDFSHA256.deriveKey(
            inputKeyMaterial: clusterKey,
            salt: Self.keyDerivationSalt,
            info: contract.bytes + salt + Array("keygen".utf8),
            outputByteCount: 32
        )
        guard let pair = try? Sr25519.KeyPair(miniSecret: miniSecret) else { throw .pink(.deriveKeyFailed) }
        return pair.secretKeyBytes
    }

    /// `get_public_key` (id 5): 32 bytes for sr25519 and ed25519, 33 compressed bytes for ecdsa.
    func publicKey(_ type: SigType, key: [UInt8]) throws(ExecutionFailure) -> [UInt8] {
        switch type {
        case .sr25519: try Self.sr25519KeyPair(key).publicKey.bytes
        case .ed25519: try Self.ed25519KeyPair(key).publicKey.bytes
        case .ecdsa: try Self.ecdsaKey(key).publicKey.compressed
        }
    }

    /// `ecdsa_sign_prehashed` (id 13): a deterministic (RFC 6979) r‖s‖v signature over the hash as given.
    func ecdsaSignPrehashed(key: [UInt8], hash: FixedBytes<32>) throws(ExecutionFailure) -> FixedBytes<65> {
        let secret = try Self.ecdsaKey(key)
        guard let signature = try? secret.signPrehashed(hash.bytes), let fixed = try? FixedBytes<65>(signature) else {
            preconditionFailure("signing a 32-byte digest gives 65 bytes")
        }
        return fixed
    }

    /// `ecdsa_verify_prehashed` (id 14): false for a key that is no curve point.
    func ecdsaVerifyPrehashed(signature: FixedBytes<65>, hash: FixedBytes<32>, publicKey: FixedBytes<33>) -> Bool {
        guard let key = try? Secp256k1.PublicKey(bytes: publicKey.bytes) else { return false }
        return Secp256k1.verifyPrehashed(signature: signature.bytes, digest: hash.bytes, publicKey: key)
    }

    /// An sr25519 pair from a 32-byte mini-secret or a 64-byte secret key, as Substrate's `from_seed_slice`.
    private static func sr25519KeyPair(_ key: [UInt8]) throws(ExecutionFailure) -> Sr25519.KeyPair {
        let pair: Sr25519.KeyPair? = switch key.count {
        case 32: try? Sr25519.KeyPair(miniSecret: key)
        case 64: try? Sr25519.KeyPair(secretKeyBytes: key)
        default: nil
        }
        guard let pair else { throw .other("Invalid key") }
        return pair
    }

    /// An ed25519 pair from its 32-byte seed.
    private static func ed25519KeyPair(_ key: [UInt8]) throws(ExecutionFailure) -> Ed25519.KeyPair {
        guard let pair = try? Ed25519.KeyPair(seed: key) else { throw .other("Invalid key") }
        return pair
    }

    /// A secp256k1 secret from its 32 big-endian bytes.
    private static func ecdsaKey(_ key: [UInt8]) throws(ExecutionFailure) -> Secp256k1.PrivateKey {
        guard let secret = try? Secp256k1.PrivateKey(bytes: key) else { throw .other("Invalid key") }
        return secret
    }
}
