/// What a chain accepts as attestation: which providers, which platform keys, which measurements.
/// PalletRegistry builds it from storage that governance changes (phala-facts.md §1.3).
public struct AttestationPolicy: Sendable, Hashable {
    /// Whether software TEE reports are accepted (development chains only).
    public var allowSoftwareTEE: Bool
    /// The ed25519 public keys trusted to sign software TEE reports.
    public var platformKeys: [[UInt8]]
    /// Whether Intel DCAP quotes (SGX and TDX) are accepted.
    public var allowDcap: Bool
    /// The pRuntime measurements allowed to register (`PRuntimeAllowList`), each exactly as
    /// `VerifiedAttestation.measurement` forms it.
    public var allowedMeasurements: [[UInt8]]

    /// Creates a policy.
    /// - Parameters:
    ///   - allowSoftwareTEE: whether software TEE reports are accepted.
    ///   - platformKeys: the trusted software TEE platform keys.
    ///   - allowDcap: whether DCAP quotes are accepted.
    ///   - allowedMeasurements: the allowed pRuntime measurements.
    public init(allowSoftwareTEE: Bool, platformKeys: [[UInt8]], allowDcap: Bool, allowedMeasurements: [[UInt8]]) {
        self.allowSoftwareTEE = allowSoftwareTEE
        self.platformKeys = platformKeys
        self.allowDcap = allowDcap
        self.allowedMeasurements = allowedMeasurements
    }
}
