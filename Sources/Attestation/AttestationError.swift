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
    /// The report's kind (SGX IAS) cannot be verified by this verifier.
    case unknownKind
    /// A DCAP quote reached a chain that does not accept DCAP.
    case dcapDisabled
    /// A DCAP quote came without the collateral to verify it.
    case missingCollateral
    /// The DCAP quote or its collateral failed a verification step.
    case dcap(DcapVerificationError)
    /// The attested measurement is not on the chain's pRuntime allow-list.
    case measurementNotAllowed
    /// The platform's TCB status (named) is one the chain refuses.
    case quoteStatusRejected(String)
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
            "SGX IAS (EPID) attestation is not verified here; attest with DCAP, or with a software TEE report on a development chain"
        case .dcapDisabled:
            "DCAP attestation is disabled on this chain; governance enables it with set_dcap_enabled"
        case .missingCollateral:
            "the DCAP quote has no collateral; fetch it from a PCCS (TCB info, QE identity, CRLs) and submit it with the quote"
        case .dcap(let error):
            "the DCAP quote was refused at \(error.step): \(error)"
        case .measurementNotAllowed:
            "the attested pRuntime measurement is not on the allow-list; governance adds it with add_pruntime"
        case .quoteStatusRejected(let status):
            "the platform's TCB status \(status) is not accepted; update the platform's microcode and firmware"
        case .malformed(let field):
            "the report's \(field) has the wrong length; it must be produced by a conforming provider"
        }
    }
}
