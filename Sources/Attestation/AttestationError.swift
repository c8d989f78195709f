/// Why an attestation report was not accepted.
public enum AttestationError: Swift.Error, Sendable, Hashable, CustomStringConvertible {
    /// A software TEE report reached a verifier that does not allow software TEE.
    case softwareTEEDisabled
    /// The report is not signed by any trusted platform key, or its signature is invalid.
    case badPlatformSignature
    /// The report binds other data than the registration it came with.
    case reportDataMismatch
    /// The report is `age` seconds old, at or beyond `maximumAge`.
    case stale(age: UInt64, maximumAge: UInt64)
    /// The report's kind (SGX IAS or DCAP here) cannot be verified by this verifier yet.
    case unknownKind
    /// A field has the wrong length (`field` names it).
    case malformed(field: String)

    /// What was wrong and what to do.
    public var description: String {
        switch self {
        case .softwareTEEDisabled:
            "software TEE attestation is disabled on this chain; enable it in the chain spec (development only) or attest with hardware"
        case .badPlatformSignature:
            "the report is not signed by a trusted platform key; sign with a key listed in the chain spec's platform keys"
        case .reportDataMismatch:
            "the report does not bind the submitted registration info; attest blake2_256(SCALE(info)) of exactly what is submitted"
        case .stale(let age, let maximumAge):
            "the report is \(age) s old, the limit is \(maximumAge) s; make a fresh report"
        case .unknownKind:
            "this kind of attestation (SGX IAS/DCAP) is not verified yet; use a software TEE report on a development chain"
        case .malformed(let field):
            "the report's \(field) has the wrong length; it must be produced by a conforming provider"
        }
    }
}
