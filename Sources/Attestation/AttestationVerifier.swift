import PhalaCrypto

/// Checks attestation reports the way the chain does at registration (phala-facts.md §1.3): deterministic,
/// with the time passed in.
public enum AttestationVerifier {
    /// How old a report may be, in seconds: Phala's IAS freshness limit (`now − timestamp ≥ 7200` is
    /// outdated). Workers refresh their cached report every 3600 s, well inside it.
    public static let maximumAge: UInt64 = 7_200

    /// Verifies `report` and returns what it attests.
    /// - Parameters:
    ///   - report: the report submitted with the registration.
    ///   - expectedReportData: blake2_256 of the SCALE-encoded registration info being registered.
    ///   - now: the chain's time in Unix seconds.
    ///   - allowSoftwareTEE: whether software TEE reports are accepted (development chains only).
    ///   - platformKeys: the ed25519 public keys trusted to sign software TEE reports.
    /// - Returns: the worker build's measurement and the confidence level.
    /// - Throws: `AttestationError`: `.softwareTEEDisabled`, `.malformed`, `.badPlatformSignature`,
    ///   `.reportDataMismatch`, `.stale`, or `.unknownKind` for SGX reports.
    public static func verify(
        _ report: AttestationReport,
        expectedReportData: [UInt8],
        now: UInt64,
        allowSoftwareTEE: Bool,
        platformKeys: [[UInt8]]
    ) throws(AttestationError) -> VerifiedAttestation {
        switch report {
        case .sgxIas, .sgxDcap:
            throw .unknownKind
        case .softwareTEE(let software):
            guard allowSoftwareTEE else { throw .softwareTEEDisabled }
            guard software.measurement.count == 32 else { throw .malformed(field: "measurement") }
            guard software.reportData.count == 32 else { throw .malformed(field: "report data") }
            guard platformKeys.contains(software.platformKey),
                let key = try? Ed25519.PublicKey(bytes: software.platformKey),
                let signature = try? Ed25519.Signature(bytes: software.signature),
                key.verify(signature, for: software.signingPayload)
            else { throw .badPlatformSignature }
            guard software.reportData == expectedReportData else { throw .reportDataMismatch }
            let age = now > software.timestamp ? now - software.timestamp : 0
            guard age < maximumAge else { throw .stale(age: age, maximumAge: maximumAge) }
            return VerifiedAttestation(measurement: software.measurement, confidenceLevel: .software)
        }
    }
}

/// What a verified attestation establishes about a worker.
public struct VerifiedAttestation: Sendable, Hashable {
    /// The worker build's measurement, to check against the chain's pRuntime allow-list.
    public var measurement: [UInt8]
    /// How much the attestation is trusted.
    public var confidenceLevel: ConfidenceLevel

    /// Creates a result.
    public init(measurement: [UInt8], confidenceLevel: ConfidenceLevel) {
        self.measurement = measurement
        self.confidenceLevel = confidenceLevel
    }
}
