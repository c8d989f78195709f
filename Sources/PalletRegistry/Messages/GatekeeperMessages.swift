public import PhalaPrimitives
public import SCALE

/// A gatekeeper's public keys, as the chain announces them (Phala's `NewGatekeeperEvent` and
/// `GatekeeperIdentity`). SCALE: `pubkey ‖ ecdh_pubkey`.
public struct GatekeeperIdentity: Sendable, Hashable {
    /// The gatekeeper's sr25519 identity key.
    public var pubkey: FixedBytes<32>
    /// Its ECDH key, which master keys are encrypted to.
    public var ecdhPubkey: FixedBytes<32>

    /// Creates the pair.
    /// - Parameters:
    ///   - pubkey: the identity key.
    ///   - ecdhPubkey: the ECDH key.
    public init(pubkey: FixedBytes<32>, ecdhPubkey: FixedBytes<32>) {
        self.pubkey = pubkey
        self.ecdhPubkey = ecdhPubkey
    }
}

/// The chain's gatekeeper launch steps on `phala/gatekeeper/launch` (Phala's `GatekeeperLaunch`,
/// phala-facts.md §2.2, §2.4).
public enum GatekeeperLaunch: Sendable, Hashable {
    /// Index 0: the first gatekeeper was registered; it generates the master key.
    case firstGatekeeper(GatekeeperIdentity)
    /// Index 1: the master public key is on chain; gatekeepers become active.
    case masterPubkeyOnChain(masterPubkey: FixedBytes<32>)
    /// Index 2: governance started rotation `rotationID`; every listed gatekeeper proposes a key.
    case rotateMasterKey(rotationID: UInt64, gatekeepers: [GatekeeperIdentity])
    /// Index 3: the chain switched to the rotated master public key.
    case masterPubkeyRotated(masterPubkey: FixedBytes<32>)
}

/// Gatekeepers joining or leaving, on `phala/gatekeeper/change` (Phala's `GatekeeperChange`).
public enum GatekeeperChange: Sendable, Hashable {
    /// Index 0: a gatekeeper after the first was registered; existing ones hand it the master key.
    case registered(GatekeeperIdentity)
    /// Index 1: a gatekeeper was removed; it goes silent.
    case unregistered(pubkey: FixedBytes<32>)
}

/// Worker reports to the registry on `^phala/registry/event` (Phala's `RegistryEvent`, §1.4, §2.2).
public enum RegistryEvent: Sendable, Hashable {
    /// Index 0: the benchmark's result: started at `startTime` (chain ms), `iterations` done since.
    case benchReport(startTime: UInt64, iterations: UInt64)
    /// Index 1: the first gatekeeper's freshly generated master public key.
    case masterPubkey(FixedBytes<32>)
}

/// Gatekeeper reports to the registry on `^phala/registry/gk_event` (Phala's
/// `GatekeeperRegistryEvent`, §2.4).
public enum GatekeeperRegistryEvent: Sendable, Hashable {
    /// Index 0: the master public key after rotation `rotationID`, signed with the old master key.
    case rotatedMasterPubkey(rotationID: UInt64, masterPubkey: FixedBytes<32>)
}

extension GatekeeperIdentity: ScaleCodable {
    /// Appends `pubkey ‖ ecdh_pubkey`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: pubkey, ecdhPubkey)
    }

    /// Reads `pubkey ‖ ecdh_pubkey`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        pubkey = try decoder.decode()
        ecdhPubkey = try decoder.decode()
    }
}

extension GatekeeperLaunch: ScaleCodable {
    /// Appends the variant index and its fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .firstGatekeeper(let identity):
            encoder.encode(variantIndex: 0)
            encoder.encode(identity)
        case .masterPubkeyOnChain(let key):
            encoder.encode(variantIndex: 1)
            encoder.encode(key)
        case .rotateMasterKey(let rotationID, let gatekeepers):
            encoder.encode(variantIndex: 2)
            encoder.encode(tuple: rotationID, gatekeepers)
        case .masterPubkeyRotated(let key):
            encoder.encode(variantIndex: 3)
            encoder.encode(key)
        }
    }

    /// Reads one step; an unknown variant is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .firstGatekeeper(try decoder.decode())
        case 1: self = .masterPubkeyOnChain(masterPubkey: try decoder.decode())
        case 2: self = .rotateMasterKey(rotationID: try decoder.decode(), gatekeepers: try decoder.decode())
        case 3: self = .masterPubkeyRotated(masterPubkey: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: GatekeeperLaunch.self)
        }
    }
}

extension GatekeeperChange: ScaleCodable {
    /// Appends the variant index and its fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .registered(let identity):
            encoder.encode(variantIndex: 0)
            encoder.encode(identity)
        case .unregistered(let pubkey):
            encoder.encode(variantIndex: 1)
            encoder.encode(pubkey)
        }
    }

    /// Reads one change; an unknown variant is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .registered(try decoder.decode())
        case 1: self = .unregistered(pubkey: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: GatekeeperChange.self)
        }
    }
}

extension RegistryEvent: ScaleCodable {
    /// Appends the variant index and its fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .benchReport(let startTime, let iterations):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: startTime, iterations)
        case .masterPubkey(let key):
            encoder.encode(variantIndex: 1)
            encoder.encode(key)
        }
    }

    /// Reads one report; an unknown variant is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .benchReport(startTime: try decoder.decode(), iterations: try decoder.decode())
        case 1: self = .masterPubkey(try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: RegistryEvent.self)
        }
    }
}

extension GatekeeperRegistryEvent: ScaleCodable {
    /// Appends the variant index and its fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .rotatedMasterPubkey(let rotationID, let key):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: rotationID, key)
        }
    }

    /// Reads one report; an unknown variant is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .rotatedMasterPubkey(rotationID: try decoder.decode(), masterPubkey: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: GatekeeperRegistryEvent.self)
        }
    }
}
