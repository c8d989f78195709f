import PhalaCrypto

/// Checks attestation reports the way the chain does at registration (phala-facts.md §1.3): deterministic,
/// with the time passed in.
public enum AttestationVerifier {
    /// How old a report may be, in seconds: Phala's IAS freshness limit (`now − timestamp ≥ 7200` is
    /// outdated). Workers refresh their cached report every 3600 s, well inside it.
    public static let maximumAge: UInt64 = 7_200

    /// Verifies `report` and returns what it attests, checking in this order: the report is genuine (a
    /// trusted signature chain, at `now`), its measurement is on the allow-list, it binds the registration,
    /// and it is fresh enough (software TEE) or its platform's TCB status is acceptable (DCAP).
    /// - Parameters:
    ///   - report: the report submitted with the registration.
    ///   - expectedReportData: blake2_256 of the SCALE-encoded registration info being registered.
    ///   - now: the chain's time in Unix seconds.
    ///   - policy: the providers, platform keys and measurements the chain accepts.
    /// - Returns: the worker build's measurement and the confidence level.
    /// - Throws: `AttestationError`: `.softwareTEEDisabled`, `.dcapDisabled`, `.missingCollateral`,
    ///   `.malformed`, `.badPlatformSignature`, `.dcap`, `.measurementNotAllowed`, `.reportDataMismatch`,
    ///   `.stale`, `.quoteStatusRejected`, or `.unknownKind` for IAS reports.
    public static func verify(
        _ report: AttestationReport,
        expectedReportData: [UInt8],
        now: UInt64,
        policy: AttestationPolicy
    ) throws(AttestationError) -> VerifiedAttestation {
        switch report {
        case .sgxIas:
            throw .unknownKind
        case .sgxDcap(let quote, let collateral):
            return try verifyDcap(
                quote: quote,
                collateral: collateral,
                expectedReportData: expectedReportData,
                now: now,
                policy: policy
            )
        case .softwareTEE(let software):
            guard policy.allowSoftwareTEE else { throw .softwareTEEDisabled }
            guard software.measurement.count == 32 else { throw .malformed(field: "measurement") }
            guard software.reportData.count == 32 else { throw .malformed(field: "report data") }
            guard policy.platformKeys.contains(software.platformKey),
                let key = try? Ed25519.PublicKey(bytes: software.platformKey),
                let signature = try? Ed25519.Signature(bytes: software.signature),
                key.verify(signature, for: software.signingPayload)
            else { throw .badPlatformSignature }
            guard policy.allowedMeasurements.contains(software.measurement) else { throw .measurementNotAllowed }
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
