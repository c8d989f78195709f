public import PhalaPrimitives
public import SCALE

/// A worker's signed announcement of where it can be reached (Phala's `WorkerEndpointPayload`,
/// phala-facts.md §1.2 "Endpoints").
///
/// SCALE: `pubkey [u8; 32] ‖ versioned_endpoints VersionedWorkerEndpoints ‖ signing_time u64` (ms).
/// The worker signs `0xFF ‖ 0x02 ‖ SCALE(payload)` with its sr25519 identity key (signing domain
/// `EndpointInfo` = 2, §0.4).
public struct WorkerEndpointPayload: Sendable, Hashable {
    /// The worker's identity public key.
    public var pubkey: FixedBytes<32>
    /// Its endpoints.
    public var versionedEndpoints: VersionedWorkerEndpoints
    /// When the worker signed, in Unix milliseconds.
    public var signingTime: UInt64

    /// The signing domain byte of endpoint announcements (`SignedContentType::EndpointInfo`).
    public static let signingDomain: UInt8 = 2

    /// Creates a payload.
    public init(pubkey: FixedBytes<32>, versionedEndpoints: VersionedWorkerEndpoints, signingTime: UInt64) {
        self.pubkey = pubkey
        self.versionedEndpoints = versionedEndpoints
        self.signingTime = signingTime
    }

    /// The bytes the worker signs: `0xFF ‖ signingDomain ‖ SCALE(self)`.
    public var bytesToSign: [UInt8] { [0xFF, Self.signingDomain] + scaleEncoded() }
}

extension WorkerEndpointPayload: ScaleCodable {
    /// Appends the fields in wire order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: pubkey, versionedEndpoints, signingTime)
    }

    /// Reads the fields in wire order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        pubkey = try decoder.decode()
        versionedEndpoints = try decoder.decode()
        signingTime = try decoder.decode()
    }
}

/// A worker's endpoints, versioned (Phala's `VersionedWorkerEndpoints`: `V1(Vec<String>)` = 0).
public enum VersionedWorkerEndpoints: Sendable, Hashable {
    /// Index 0: endpoint URLs.
    case v1([String])
}

extension VersionedWorkerEndpoints: ScaleCodable {
    /// Appends the variant index and the list.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .v1(let endpoints):
            encoder.encode(variantIndex: 0)
            encoder.encode(endpoints)
        }
    }

    /// Reads the list; another variant index is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard variant == 0 else { throw decoder.unknownVariant(variant, of: VersionedWorkerEndpoints.self) }
        self = .v1(try decoder.decode())
    }
}
