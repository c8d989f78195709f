/// The signature algorithms a Substrate account key can use, named as `subkey --scheme` names them.
public enum SignatureScheme: String, Sendable, CaseIterable {
    /// Schnorr signatures on Ristretto25519 (schnorrkel), Substrate's default account scheme.
    case sr25519
    /// RFC 8032 Ed25519 signatures.
    case ed25519
}
