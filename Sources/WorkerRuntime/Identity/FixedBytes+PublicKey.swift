import PhalaCrypto
import PalletRegistry
import PhalaPrimitives

extension Sr25519.PublicKey {
    /// The key as the chain stores it (`WorkerPublicKey`, 32 bytes).
    var fixedBytes: FixedBytes<32> {
        do {
            return try FixedBytes<32>(bytes)
        } catch {
            preconditionFailure("an sr25519 public key has 32 bytes")
        }
    }
}

extension WorkerIdentity {
    /// The identity key as the chain stores it.
    var publicKeyBytes: FixedBytes<32> { publicKey.fixedBytes }
}

extension WorkerPublicInfo {
    /// A gatekeeper's published keys, as the chain announced them.
    /// - Parameter identity: the chain's announcement.
    /// - Returns: nil when a key is not a valid sr25519 point.
    static func announced(_ identity: GatekeeperIdentity) -> WorkerPublicInfo? {
        guard let key = try? Sr25519.PublicKey(bytes: identity.pubkey.bytes),
            let ecdh = try? Sr25519.PublicKey(bytes: identity.ecdhPubkey.bytes)
        else { return nil }
        return WorkerPublicInfo(identityPublicKey: key, ecdhPublicKey: ecdh)
    }
}
