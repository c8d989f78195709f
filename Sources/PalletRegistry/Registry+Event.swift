public import PhalaPrimitives
public import SCALE

extension Registry {
    /// Registry's events, with Phala's names and field names.
    public enum Event: Sendable, Hashable {
        /// Index 0, `GatekeeperAdded{pubkey}`: governance appointed a gatekeeper.
        case gatekeeperAdded(pubkey: FixedBytes<32>)
        /// Index 1, `WorkerAdded{pubkey, attestation_provider, confidence_level}`: a new worker registered.
        case workerAdded(pubkey: FixedBytes<32>, attestationProvider: AttestationProvider?, confidenceLevel: UInt8)
        /// Index 2, `WorkerUpdated{pubkey, attestation_provider, confidence_level}`: a worker registered again.
        case workerUpdated(pubkey: FixedBytes<32>, attestationProvider: AttestationProvider?, confidenceLevel: UInt8)

        /// The variant's name in metadata.
        public var name: String {
            switch self {
            case .gatekeeperAdded: "GatekeeperAdded"
            case .workerAdded: "WorkerAdded"
            case .workerUpdated: "WorkerUpdated"
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
        default: throw decoder.unknownVariant(variant, of: Registry.Event.self)
        }
    }
}
