extension Sr25519.KeyPair {
    /// Derives the child key of a hard junction (`//name`), as Substrate's `sr25519::Pair::derive`
    /// does: schnorrkel's `hard_derive_mini_secret_key(Some(chain_code), b"")` gives a new mini
    /// secret, expanded the Ed25519 way. The child's public key reveals nothing about the parent.
    /// - Parameter chainCode: the junction's 32-byte chain code (SCALE encoding of the junction
    ///   text, zero-padded, or its blake2-256 hash when longer than 32 bytes); other lengths are a
    ///   programming error.
    /// - Returns: the child key pair.
    public func hardDerived(chainCode: [UInt8]) -> Sr25519.KeyPair {
        Sr25519.KeyPair(secret: Sr25519.SecretKey(expandingMiniSecret: hardDerivedMiniSecret(chainCode: chainCode)))
    }

    /// The 32-byte mini secret of the child key of a hard junction (`//name`): what `subkey` prints
    /// as the derived key's "Secret seed". `hardDerived(chainCode:)` is this seed, expanded.
    /// - Parameter chainCode: the junction's 32-byte chain code; other lengths are a programming error.
    /// - Returns: the child's mini secret.
    public func hardDerivedMiniSecret(chainCode: [UInt8]) -> [UInt8] {
        precondition(chainCode.count == Sr25519.chainCodeLength, "a chain code is 32 bytes")
        var transcript = Transcript(label: "SchnorrRistrettoHDKD")
        transcript.appendMessage(label: "sign-bytes", message: [])
        transcript.appendMessage(label: "chain-code", message: chainCode)
        transcript.appendMessage(label: "secret-key", message: secret.key.bytes)
        return transcript.challengeBytes(label: "HDKD-hard", count: Sr25519.miniSecretLength)
    }

    /// Derives the child key of a soft junction (`/name`), as Substrate's `sr25519::Pair::derive`
    /// does with schnorrkel's `derived_key_simple(chain_code, b"")`: the secret scalar gains a
    /// tweak that anyone holding the public key can compute, so `publicKey.softDerived` gives the
    /// same child public key.
    ///
    /// schnorrkel draws the child's nonce seed from the witness RNG with fresh randomness; the
    /// nonce seed never shows in a public key or a signature's validity, so this uses fixed zero
    /// randomness instead and keeps derivation deterministic (the seed stays a secret function of
    /// the parent's secret key).
    /// - Parameter chainCode: the junction's 32-byte chain code; other lengths are a programming error.
    /// - Returns: the child key pair.
    public func softDerived(chainCode: [UInt8]) -> Sr25519.KeyPair {
        var transcript = publicKey.softDerivationTranscript(chainCode: chainCode)
        let tweak = Sr25519.PublicKey.softDerivationTweak(&transcript)
        let nonce = transcript.witnessBytes(
            label: "HDKD-nonce",
            witnesses: [secret.nonce, secret.bytes],
            randomness: [UInt8](repeating: 0, count: 32),
            count: 32
        )
        return Sr25519.KeyPair(secret: Sr25519.SecretKey(key: secret.key + tweak, nonce: nonce))
    }
}

extension Sr25519.PublicKey {
    /// Derives the public key of a soft junction (`/name`) without the secret key: schnorrkel's
    /// `PublicKey::derived_key_simple(chain_code, b"")`, the point `A + t·B` for the tweak `t`.
    /// - Parameter chainCode: the junction's 32-byte chain code; other lengths are a programming error.
    /// - Returns: the child public key, equal to the public key of `KeyPair.softDerived`.
    public func softDerived(chainCode: [UInt8]) -> Sr25519.PublicKey {
        var transcript = softDerivationTranscript(chainCode: chainCode)
        let tweak = Self.softDerivationTweak(&transcript)
        return Sr25519.PublicKey(point: point + RistrettoPoint.basepointMultiple(tweak))
    }

    /// The HDKD transcript for a soft junction: label `SchnorrRistrettoHDKD`, the empty index
    /// under `sign-bytes`, then the chain code and this public key.
    func softDerivationTranscript(chainCode: [UInt8]) -> Transcript {
        precondition(chainCode.count == Sr25519.chainCodeLength, "a chain code is 32 bytes")
        var transcript = Transcript(label: "SchnorrRistrettoHDKD")
        transcript.appendMessage(label: "sign-bytes", message: [])
        transcript.appendMessage(label: "chain-code", message: chainCode)
        transcript.appendMessage(label: "public-key", message: bytes)
        return transcript
    }

    /// Draws the scalar tweak (`HDKD-scalar`), then the child chain code (`HDKD-chaincode`), which
    /// Substrate's API drops but which still advances the transcript.
    static func softDerivationTweak(_ transcript: inout Transcript) -> Scalar {
        let tweak = Scalar(bytesModOrderWide: transcript.challengeBytes(label: "HDKD-scalar", count: 64))
        _ = transcript.challengeBytes(label: "HDKD-chaincode", count: Sr25519.chainCodeLength)
        return tweak
    }
}
