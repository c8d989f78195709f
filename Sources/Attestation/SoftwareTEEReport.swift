public import SCALE

/// A software TEE's statement about one worker: which build it runs, which registration it binds and
/// when, signed by the platform key.
///
/// SCALE: `measurement [u8; 32] ‖ report_data [u8; 32] ‖ timestamp u64 ‖ platform_key [u8; 32] ‖
/// signature [u8; 64]`. The signature is ed25519 over `signingPayload`.
public struct SoftwareTEEReport: Sendable, Hashable {
    /// blake2_256 of the worker's build identity: what an allow-list of pRuntimes names.
    public var measurement: [UInt8]
    /// blake2_256 of the SCALE-encoded registration info the report vouches for.
    public var reportData: [UInt8]
    /// When the report was made, in Unix seconds.
    public var timestamp: UInt64
    /// The ed25519 public key of the platform that signed.
    public var platformKey: [UInt8]
    /// The platform's ed25519 signature over `signingPayload`.
    public var signature: [UInt8]

    /// The domain that separates these signatures from every other use of a platform key.
    public static let signingContext: [UInt8] = Array("phala/attestation/software-tee/v1".utf8)

    /// Creates a report from its parts; `SoftwareTEE.attest` makes signed ones.
    public init(measurement: [UInt8], reportData: [UInt8], timestamp: UInt64, platformKey: [UInt8], signature: [UInt8])
    {
        self.measurement = measurement
        self.reportData = reportData
        self.timestamp = timestamp
        self.platformKey = platformKey
        self.signature = signature
    }

    /// The bytes the platform signs: `signingContext ‖ measurement ‖ report_data ‖ timestamp (u64 LE)`.
    public var signingPayload: [UInt8] {
        var encoder = ScaleEncoder()
        encoder.append(Self.signingContext)
        encoder.append(measurement)
        encoder.append(reportData)
        encoder.encode(timestamp)
        return encoder.bytes
    }
}

extension SoftwareTEEReport: ScaleCodable {
    /// Appends the fixed-size fields in wire order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.append(measurement)
        encoder.append(reportData)
        encoder.encode(timestamp)
        encoder.append(platformKey)
        encoder.append(signature)
    }

    /// Reads the fixed-size fields in wire order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        measurement = try decoder.readBytes(32)
        reportData = try decoder.readBytes(32)
        timestamp = try decoder.decode()
        platformKey = try decoder.readBytes(32)
        signature = try decoder.readBytes(64)
    }
}
