import PhalaCrypto
public import PhalaPrimitives
import SCALE

/// One signed extrinsic's signature check, taken out of execution so the node can run many at once.
///
/// `Runtime.signatureChecks(for:parentState:)` builds them with the payloads execution will build;
/// the node verifies them in parallel and hands the good ones to execution as `VerifiedSignatures`,
/// which then skips the cryptography for exactly those (signer, signature, message) triples and
/// verifies anything else itself. A wrong or stale check can only cost time, never admit a bad signature.
public struct SignatureCheck: Sendable {
    /// The account that claims to have signed.
    public let signer: AccountId32
    /// The signature.
    public let signature: MultiSignature
    /// The signed bytes (the payload, or its blake2_256 when longer than 256 bytes).
    public let message: [UInt8]

    /// Whether the signature verifies: sr25519 with the "substrate" context, or ed25519.
    public var isValid: Bool { Runtime.verify(signature, message: message, signer: signer) }

    /// The identity of the triple: blake2_256 of signer ‖ signature ‖ message.
    var digest: H256 {
        var encoder = ScaleEncoder()
        encoder.encode(tuple: signer, signature)
        encoder.append(message)
        return H256.blake2_256(of: encoder.bytes)
    }
}

/// Signature checks that already passed, which block execution trusts instead of verifying again.
public struct VerifiedSignatures: Sendable {
    private var digests: Set<H256> = []

    /// No verified signatures: execution verifies every one itself.
    public init() {}

    /// The checks given, which the caller has verified (`SignatureCheck.isValid` was true for each).
    /// - Parameter passed: the checks that passed.
    public init(_ passed: some Sequence<SignatureCheck>) {
        digests = Set(passed.map(\.digest))
    }

    /// Whether `check` is one of the verified ones.
    func contains(_ check: SignatureCheck) -> Bool { !digests.isEmpty && digests.contains(check.digest) }
}
