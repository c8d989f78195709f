public import PhalaPrimitives
public import SCALE

extension Registry {
    /// Registry's events, with Phala's names and field names (indices are ours, append-only).
    public enum Event: Sendable, Hashable {
        /// Index 0, `GatekeeperAdded{pubkey}`: governance appointed a gatekeeper.
        case gatekeeperAdded(pubkey: FixedBytes<32>)
        /// Index 1, `WorkerAdded{pubkey, attestation_provider, confidence_level}`: a new worker registered.
        case workerAdded(pubkey: FixedBytes<32>, attestationProvider: AttestationProvider?, confidenceLevel: UInt8)
        /// Index 2, `WorkerUpdated{pubkey, attestation_provider, confidence_level}`: a worker registered again.
        case workerUpdated(pubkey: FixedBytes<32>, attestationProvider: AttestationProvider?, confidenceLevel: UInt8)
        /// Index 3, `GatekeeperRemoved{pubkey}`: governance removed a gatekeeper.
        case gatekeeperRemoved(pubkey: FixedBytes<32>)
        /// Index 4, `MasterKeyRotated{rotation_id, master_pubkey}`: a rotation finished with this key.
        case masterKeyRotated(rotationID: UInt64, masterPubkey: FixedBytes<32>)
        /// Index 5, `MasterKeyRotationFailed{rotation_lock, gatekeeper_rotation_id}`: the gatekeepers
        /// reported a rotation other than the one in progress (`rotationLock`).
        case masterKeyRotationFailed(rotationLock: UInt64?, gatekeeperRotationID: UInt64)
        /// Index 6, `InitialScoreSet{pubkey, init_score}`: a worker's benchmark score was recorded.
        case initialScoreSet(pubkey: FixedBytes<32>, initScore: UInt32)
        /// Index 7, `GatekeeperLaunched`: the master public key reached the chain for the first time.
        case gatekeeperLaunched
        /// Index 8, `MasterKeyRotationStarted{rotation_id}` (ours; Phala emits nothing here): governance
        /// started rotation `rotationID`.
        case masterKeyRotationStarted(rotationID: UInt64)

        /// The variant's name in metadata.
        public var name: String {
            switch self {
            case .gatekeeperAdded: "GatekeeperAdded"
            case .workerAdded: "WorkerAdded"
            case .workerUpdated: "WorkerUpdated"
            case .gatekeeperRemoved: "GatekeeperRemoved"
            case .masterKeyRotated: "MasterKeyRotated"
            case .masterKeyRotationFailed: "MasterKeyRotationFailed"
            case .initialScoreSet: "InitialScoreSet"
            case .gatekeeperLaunched: "GatekeeperLaunched"
            case .masterKeyRotationStarted: "MasterKeyRotationStarted"
            }
        }
    }
}

extension Registry.Event: ScaleCodable {
    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .gatekeeperAdded(let pubkey):
            encoder.encode(variantIndex: 0)
            encoder.encode(pubkey)
        case .workerAdded(let pubkey, let provider, let level):
            encoder.encode(variantIndex: 1)
            encoder.encode(tuple: pubkey, provider, level)
        case .workerUpdated(let pubkey, let provider, let level):
            encoder.encode(variantIndex: 2)
            encoder.encode(tuple: pubkey, provider, level)
        case .gatekeeperRemoved(let pubkey):
            encoder.encode(variantIndex: 3)
            encoder.encode(pubkey)
        case .masterKeyRotated(let rotationID, let key):
            encoder.encode(variantIndex: 4)
            encoder.encode(tuple: rotationID, key)
        case .masterKeyRotationFailed(let lock, let rotationID):
            encoder.encode(variantIndex: 5)
            encoder.encode(tuple: lock, rotationID)
        case .initialScoreSet(let pubkey, let score):
            encoder.encode(variantIndex: 6)
            encoder.encode(tuple: pubkey, score)
        case .gatekeeperLaunched:
            encoder.encode(variantIndex: 7)
        case .masterKeyRotationStarted(let rotationID):
            encoder.encode(variantIndex: 8)
            encoder.encode(rotationID)
        }
    }

    /// Reads one event; unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .gatekeeperAdded(pubkey: try decoder.decode())
        case 1:
            self = .workerAdded(
                pubkey: try decoder.decode(),
                attestationProvider: try decoder.decode(),
                confidenceLevel: try decoder.decode()
            )
        case 2:
            self = .workerUpdated(
                pubkey: try decoder.decode(),
                attestationProvider: try decoder.decode(),
                confidenceLevel: try decoder.decode()
            )
        case 3: self = .gatekeeperRemoved(pubkey: try decoder.decode())
        case 4: self = .masterKeyRotated(rotationID: try decoder.decode(), masterPubkey: try decoder.decode())
        case 5:
            self = .masterKeyRotationFailed(
                rotationLock: try decoder.decode(),
                gatekeeperRotationID: try decoder.decode()
            )
        case 6: self = .initialScoreSet(pubkey: try decoder.decode(), initScore: try decoder.decode())
        case 7: self = .gatekeeperLaunched
        case 8: self = .masterKeyRotationStarted(rotationID: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: Registry.Event.self)
        }
    }
}
