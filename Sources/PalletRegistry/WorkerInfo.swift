public import PhalaPrimitives
public import SCALE

/// A registered worker as the chain stores it (Phala's `WorkerInfoV2`, phala-facts.md §1.2 step 5).
///
/// SCALE: `pubkey ‖ ecdh_pubkey ‖ runtime_version u32 ‖ last_updated u64 ‖ operator Option<AccountId32> ‖
/// attestation_provider Option<AttestationProvider> ‖ confidence_level u8 ‖ initial_score Option<u32> ‖
/// features Vec<u32>`.
public struct WorkerInfo: Sendable, Hashable {
    /// The worker's identity public key.
    public var pubkey: FixedBytes<32>
    /// The worker's ECDH public key.
    public var ecdhPubkey: FixedBytes<32>
    /// The pRuntime version it registered with.
    public var runtimeVersion: UInt32
    /// When it last registered, in Unix seconds.
    public var lastUpdated: UInt64
    /// Its operator, if set.
    public var `operator`: AccountId32?
    /// Who attested it.
    public var attestationProvider: AttestationProvider?
    /// How much its attestation is trusted (1 best … 128 none).
    public var confidenceLevel: UInt8
    /// Its benchmark score, once reported; nil until then.
    public var initialScore: UInt32?
    /// `[cpu_core_count, cpu_feature_level]`.
    public var features: [UInt32]

    /// Creates a worker record.
    public init(
        pubkey: FixedBytes<32>,
        ecdhPubkey: FixedBytes<32>,
        runtimeVersion: UInt32,
        lastUpdated: UInt64,
        operator: AccountId32?,
        attestationProvider: AttestationProvider?,
        confidenceLevel: UInt8,
        initialScore: UInt32?,
        features: [UInt32]
    ) {
        self.pubkey = pubkey
        self.ecdhPubkey = ecdhPubkey
        self.runtimeVersion = runtimeVersion
        self.lastUpdated = lastUpdated
        self.operator = `operator`
        self.attestationProvider = attestationProvider
        self.confidenceLevel = confidenceLevel
        self.initialScore = initialScore
        self.features = features
    }
}

extension WorkerInfo: ScaleCodable {
    /// Appends the fields in wire order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: pubkey, ecdhPubkey, runtimeVersion, lastUpdated, `operator`)
        encoder.encode(tuple: attestationProvider, confidenceLevel, initialScore, features)
    }

    /// Reads the fields in wire order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        pubkey = try decoder.decode()
        ecdhPubkey = try decoder.decode()
        runtimeVersion = try decoder.decode()
        lastUpdated = try decoder.decode()
        `operator` = try decoder.decode()
        attestationProvider = try decoder.decode()
        confidenceLevel = try decoder.decode()
        initialScore = try decoder.decode()
        features = try decoder.decode()
    }
}

/// Who vouched for a worker (Phala's `AttestationProvider`: `Root` = 0, `Ias` = 1, `Dcap` = 2; ours,
/// `SoftwareTEE` = 3, appended).
public enum AttestationProvider: UInt8, Sendable, Hashable, CaseIterable {
    /// Registered by governance without attestation.
    case root = 0
    /// Intel Attestation Service (EPID).
    case ias = 1
    /// SGX DCAP.
    case dcap = 2
    /// The software TEE of development chains.
    case softwareTEE = 3

    /// The variant's name in metadata.
    public var name: String {
        switch self {
        case .root: "Root"
        case .ias: "Ias"
        case .dcap: "Dcap"
        case .softwareTEE: "SoftwareTEE"
        }
    }
}

extension AttestationProvider: ScaleCodable {
    /// Appends the variant index.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: rawValue)
    }

    /// Reads the variant index; an unknown one is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard let provider = AttestationProvider(rawValue: variant) else {
            throw decoder.unknownVariant(variant, of: AttestationProvider.self)
        }
        self = provider
    }
}
