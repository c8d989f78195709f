/// sr25519: Schnorr signatures over ristretto255 with merlin transcripts, exactly as schnorrkel 0.11
/// defines them and Substrate uses them for accounts (`MultiSignature::Sr25519`).
///
/// A signature signs a merlin transcript built from a signing context (Substrate's is
/// `"substrate"`) and the message; the nonce mixes the secret key's nonce seed with fresh system
/// randomness, so signing the same message twice gives different, equally valid signatures.
/// Secret keys come from 32-byte mini secrets expanded the Ed25519 way (SHA-512, clamp, divide by
/// the cofactor), as Substrate's `Pair::from_seed` does, and derive children with Substrate's hard
/// (`//name`) and soft (`/name`) junctions.
public enum Sr25519 {
    /// Substrate's signing context for every sr25519 signature on chain (`b"substrate"`).
    public static let substrateContext: [UInt8] = Array("substrate".utf8)

    /// Length of a public key: a compressed ristretto255 point.
    static let publicKeyLength = 32
    /// Length of a signature: the commitment point, then the response scalar with the marker bit.
    static let signatureLength = 64
    /// Length of a mini secret key (a seed).
    static let miniSecretLength = 32
    /// Length of an expanded secret key: the scalar, then the nonce seed.
    static let secretKeyLength = 64
    /// Length of a derivation chain code (a junction's 32-byte code).
    static let chainCodeLength = 32

    /// Starts the transcript every Schnorr signature and verification runs: schnorrkel's
    /// `signing_context(context).bytes(message)`, then `proto_name("Schnorr-sig")` and the signer's
    /// public key under `"sign:pk"`.
    static func signatureTranscript(context: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Transcript {
        var transcript = Transcript(label: "SigningContext")
        transcript.appendMessage(label: "", message: context)
        transcript.appendMessage(label: "sign-bytes", message: message)
        transcript.appendMessage(label: "proto-name", message: "Schnorr-sig".utf8)
        transcript.appendMessage(label: "sign:pk", message: publicKey)
        return transcript
    }

    /// Commits the nonce commitment `R` and draws the challenge scalar `k` (schnorrkel's
    /// `commit_point(b"sign:R")` then `challenge_scalar(b"sign:c")`).
    static func challenge(_ transcript: inout Transcript, commitment: [UInt8]) -> Scalar {
        transcript.appendMessage(label: "sign:R", message: commitment)
        return Scalar(bytesModOrderWide: transcript.challengeBytes(label: "sign:c", count: 64))
    }
}
