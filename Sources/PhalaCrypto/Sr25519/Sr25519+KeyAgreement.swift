extension Sr25519.KeyPair {
    /// Agrees a shared secret with another sr25519 key holder, as Phala's `EcdhKey::agree` does
    /// (crates/phala-crypto/src/ecdh.rs): the ECDH key is the sr25519 secret itself.
    ///
    /// The result is the compressed ristretto255 point `a·P`, where `a` is this key's secret scalar and
    /// `P` the peer's public point; both sides compute the same 32 bytes. Phala uses them directly as an
    /// AES-256-GCM key. Runs in constant time in the secret scalar.
    /// - Parameter peer: the other side's public key (its identity or ECDH public key).
    /// - Returns: the 32-byte shared secret.
    public func sharedSecret(with peer: Sr25519.PublicKey) -> [UInt8] {
        (secret.key * peer.point).compressed
    }
}
