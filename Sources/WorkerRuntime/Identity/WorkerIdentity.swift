public import PhalaCrypto
import PhalaPrimitives

/// A worker's keys, generated inside the runtime: the sr25519 identity key that signs everything the
/// worker says, and the ECDH key that others encrypt secrets to (phala-facts §1.1).
///
/// As in Phala, the ECDH key is the identity secret itself (`EcdhKey::from_secret`): its public key is the
/// identity public key, and agreement is `compress(a·P)` over ristretto255. The secret never leaves this
/// value except through `secretKeyBytes` (for sealing), and prints as `<redacted>`.
public struct WorkerIdentity: Sendable, CustomStringConvertible {
    /// The identity (and ECDH) key pair.
    let key: Secret<Sr25519.KeyPair>

    /// Generates a fresh identity from 32 random bytes, as Phala's `new_sr25519_key` does.
    /// - Parameter random: the randomness; `SystemRandomSource` outside tests.
    public init(random: inout some RandomSource) {
        self.init(keyPair: Self.generateKeyPair(random: &random))
    }

    /// Restores an identity from its sealed 64-byte secret.
    /// - Parameter secretKeyBytes: schnorrkel's expanded secret (scalar ‖ nonce), from `secretKeyBytes`.
    /// - Throws: `Sr25519.Error` when the bytes are not a valid expanded secret.
    public init(secretKeyBytes: [UInt8]) throws(Sr25519.Error) {
        self.init(keyPair: try Sr25519.KeyPair(secretKeyBytes: secretKeyBytes))
    }

    init(keyPair: Sr25519.KeyPair) {
        key = Secret(keyPair)
    }

    /// A key pair from a 32-byte random seed (Substrate's `Pair::from_seed`).
    static func generateKeyPair(random: inout some RandomSource) -> Sr25519.KeyPair {
        let seed = random.bytes(count: 32)
        do {
            return try Sr25519.KeyPair(miniSecret: seed)
        } catch {
            preconditionFailure("a RandomSource returned \(seed.count) bytes when asked for 32")
        }
    }

    /// The identity public key (`WorkerPublicKey`).
    public var publicKey: Sr25519.PublicKey { key.exposedValue.publicKey }

    /// The keys to publish on chain.
    public var publicInfo: WorkerPublicInfo {
        WorkerPublicInfo(identityPublicKey: publicKey, ecdhPublicKey: publicKey)
    }

    /// The 64-byte expanded secret, for sealing only; whoever holds it is this worker.
    public var secretKeyBytes: Secret<[UInt8]> { Secret(key.exposedValue.secretKeyBytes) }

    /// Signs `data` in `domain` (wrapped as `SigningDomain.wrap` says) with the identity key.
    /// - Parameters:
    ///   - data: the content's encoding.
    ///   - domain: what the content is.
    /// - Returns: a 64-byte sr25519 signature under Substrate's signing context.
    public func sign(_ data: [UInt8], domain: SigningDomain) -> Sr25519.Signature {
        key.exposedValue.sign(domain.wrap(data))
    }

    /// The ECDH shared secret with `peer` (32 bytes), used by Phala directly as an AES-256-GCM key.
    /// - Parameter peer: the other side's ECDH public key.
    /// - Returns: the shared secret, redacted in logs.
    public func sharedSecret(with peer: Sr25519.PublicKey) -> Secret<[UInt8]> {
        Secret(key.exposedValue.sharedSecret(with: peer))
    }

    /// `WorkerIdentity(0x…public key)`, never the secret.
    public var description: String {
        "WorkerIdentity(\(Hex.encode(publicKey.bytes)))"
    }
}
