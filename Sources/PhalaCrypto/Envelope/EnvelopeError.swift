/// Why an envelope could not be sealed or opened.
///
/// Opening reports tampering, a wrong key and wrong associated data all as `.authenticationFailed`:
/// AES-GCM cannot tell them apart, and telling an attacker which one it was would not help anyone.
public enum EnvelopeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The envelope is shorter than the fixed header plus tag, so it cannot be one.
    case truncated(length: Int, minimum: Int)
    /// The first byte names a layout version this code does not know.
    case unsupportedVersion(UInt8)
    /// The recipient public key is a low-order point: the shared secret would be public.
    case invalidRecipientKey
    /// The envelope's ephemeral public key is a low-order point, so it was not made by `seal`.
    case invalidEphemeralKey
    /// The tag does not match: the envelope was altered, or the key or associated data is wrong.
    case authenticationFailed

    /// What was wrong and what to do about it.
    public var description: String {
        switch self {
        case .truncated(let length, let minimum):
            "an envelope is at least \(minimum) bytes but this one has \(length): "
                + "it was cut short in transit or storage"
        case .unsupportedVersion(let version):
            "envelope layout version \(version) is not supported (this build reads version \(Envelope.version)): "
                + "upgrade the reader or have the sender use version \(Envelope.version)"
        case .invalidRecipientKey:
            "the recipient public key is a low-order X25519 point: check that the key bytes are the recipient's"
        case .invalidEphemeralKey:
            "the envelope's ephemeral key is a low-order X25519 point: the envelope is forged or corrupt"
        case .authenticationFailed:
            "the envelope failed authentication: it was altered, or the private key or associated data "
                + "differs from the sender's"
        }
    }
}
