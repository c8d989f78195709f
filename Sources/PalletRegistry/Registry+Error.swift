public import RuntimeSupport

extension Registry {
    /// Registry's errors (append-only indices; names follow Phala's where Phala has the condition).
    public enum Error: UInt8, PalletError {
        /// The attestation is malformed or not signed by a trusted platform key.
        case invalidAttestation = 0
        /// A software TEE report was submitted but software TEE is disabled on this chain.
        case softwareTEEDisabled = 1
        /// The attested measurement is not on the pRuntime allow-list.
        case pruntimeRejected = 2
        /// The attestation's report data is not blake2_256 of the submitted registration info.
        case invalidReportData = 3
        /// The attestation is older than the verifier's maximum age.
        case outdatedAttestation = 4
        /// The attestation's kind (SGX IAS/DCAP) is not verified by this chain yet.
        case unsupportedAttestationType = 5
        /// No attestation was submitted, and unattested registration is never allowed here.
        case noneAttestationDisabled = 6
        /// The public key does not belong to a registered worker.
        case workerNotFound = 7
        /// The worker is already a gatekeeper.
        case gatekeeperAlreadyRegistered = 8
        /// Gatekeepers exist but none has published the master public key yet.
        case masterKeyUninitialized = 9
        /// The measurement is already on the allow-list.
        case pruntimeAlreadyExists = 10
        /// The measurement is not on the allow-list.
        case pruntimeNotFound = 11
        /// An endpoint signature is not 64 bytes.
        case invalidSignatureLength = 12
        /// An endpoint signature is not the worker's over the payload.
        case invalidSignature = 13
        /// An endpoint payload was signed in the future or more than 4 hours ago.
        case invalidEndpointSigningTime = 14
        /// A message came from an origin that may not send on its topic (a pallet or contract on
        /// `^phala/registry/event`, anyone but the gatekeepers on `^phala/registry/gk_event`).
        case invalidSender = 15
        /// A message's payload does not decode as its topic's type.
        case cannotHandleUnknownMessage = 16
        /// A benchmark report started at or after the current block's time, or less than a second
        /// before it.
        case invalidBenchReport = 17
        /// The worker is not a gatekeeper (a master public key from a non-gatekeeper, or removing one).
        case invalidGatekeeper = 18
        /// A gatekeeper published a master public key other than the one on chain.
        case masterKeyMismatch = 19
        /// Removing the gatekeeper would leave none.
        case cannotRemoveLastGatekeeper = 20
        /// A master key rotation is in progress; gatekeepers cannot change and no other rotation starts.
        case masterKeyInRotation = 21
        /// A DCAP quote was submitted but DCAP is disabled on this chain.
        case dcapDisabled = 22
        /// The DCAP quote or its collateral failed verification (signatures, certificates, revocation,
        /// validity windows, QE identity, TCB level, debug or TD attributes).
        case invalidQuote = 23
        /// The platform's TCB status is one the chain does not accept.
        case invalidQuoteStatus = 24

        /// The case's name in metadata.
        public var name: String {
            switch self {
            case .invalidAttestation: "InvalidAttestation"
            case .softwareTEEDisabled: "SoftwareTEEDisabled"
            case .pruntimeRejected: "PRuntimeRejected"
            case .invalidReportData: "InvalidReportData"
            case .outdatedAttestation: "OutdatedAttestation"
            case .unsupportedAttestationType: "UnsupportedAttestationType"
            case .noneAttestationDisabled: "NoneAttestationDisabled"
            case .workerNotFound: "WorkerNotFound"
            case .gatekeeperAlreadyRegistered: "GatekeeperAlreadyRegistered"
            case .masterKeyUninitialized: "MasterKeyUninitialized"
            case .pruntimeAlreadyExists: "PRuntimeAlreadyExists"
            case .pruntimeNotFound: "PRuntimeNotFound"
            case .invalidSignatureLength: "InvalidSignatureLength"
            case .invalidSignature: "InvalidSignature"
            case .invalidEndpointSigningTime: "InvalidEndpointSigningTime"
            case .invalidSender: "InvalidSender"
            case .cannotHandleUnknownMessage: "CannotHandleUnknownMessage"
            case .invalidBenchReport: "InvalidBenchReport"
            case .invalidGatekeeper: "InvalidGatekeeper"
            case .masterKeyMismatch: "MasterKeyMismatch"
            case .cannotRemoveLastGatekeeper: "CannotRemoveLastGatekeeper"
            case .masterKeyInRotation: "MasterKeyInRotation"
            case .dcapDisabled: "DcapDisabled"
            case .invalidQuote: "InvalidQuote"
            case .invalidQuoteStatus: "InvalidQuoteStatus"
            }
        }
    }
}
