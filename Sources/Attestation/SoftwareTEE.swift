public import PhalaCrypto

/// The development attestation provider: a platform key that vouches for workers in software, standing
/// in for SGX/TDX hardware on machines that have none.
///
/// It gives no hardware guarantee: anyone holding the platform key can attest anything. Chains accept
/// its reports only when software TEE is enabled and the key is one of their platform keys
/// (`AttestationVerifier.verify`), and they rate them at the lowest confidence level,
/// `ConfidenceLevel.software`.
public struct SoftwareTEE: Sendable {
    /// The secret URI of the development platform key (ed25519), public by design like `//Alice`.
    public static let developmentKeyURI = "//PhalaSoftwareTEE"

    /// The build identity of the development worker, whose measurement the development chain spec
    /// allow-lists; a released worker names its version and source hash instead.
    public static let developmentBuildIdentity: [UInt8] = Array("phala-swift/worker/development".utf8)

    /// The platform key that signs reports.
    public let platformKey: Ed25519.KeyPair

    /// Creates a provider signing with `platformKey`.
    /// - Parameter platformKey: the platform's ed25519 key pair.
    public init(platformKey: Ed25519.KeyPair) {
        self.platformKey = platformKey
    }

    /// The development provider, whose key derives from `developmentKeyURI`.
    /// - Returns: the provider; its public key is the one `ChainSpec.development()` trusts.
    /// - Throws: `KeyDerivationError` only if key derivation itself is broken.
    public static func development() throws(KeyDerivationError) -> SoftwareTEE {
        guard case .ed25519(let pair) = try KeyPair(uri: developmentKeyURI, scheme: .ed25519) else {
            preconditionFailure("KeyPair(scheme: .ed25519) returned another scheme")
        }
        return SoftwareTEE(platformKey: pair)
    }

    /// The measurement of a worker build: blake2_256 of its build identity.
    /// - Parameter buildIdentity: bytes naming the build exactly, e.g. a version and source hash.
    /// - Returns: the 32-byte measurement allow-lists name.
    public static func measurement(of buildIdentity: [UInt8]) -> [UInt8] {
        Hashing.blake2_256(buildIdentity)
    }

    /// Signs a report binding `reportData` to the build `buildIdentity` at `timestamp`.
    /// - Parameters:
    ///   - buildIdentity: the worker build's identity; it is hashed into the measurement.
    ///   - reportData: 32 bytes to bind, blake2_256 of the SCALE-encoded registration info.
    ///   - timestamp: the current time in Unix seconds (passed in: no clock is read here).
    /// - Returns: the report, ready to submit.
    public func attest(buildIdentity: [UInt8], reportData: [UInt8], timestamp: UInt64) -> AttestationReport {
        var report = SoftwareTEEReport(
            measurement: Self.measurement(of: buildIdentity),
            reportData: reportData,
            timestamp: timestamp,
            platformKey: platformKey.publicKey.bytes,
            signature: []
        )
        report.signature = platformKey.sign(report.signingPayload).bytes
        return .softwareTEE(report)
    }
}
