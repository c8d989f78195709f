import PhalaCrypto
import SCALE
import Testing

@testable import Attestation

@Suite struct AttestationVerifierTests {
    static let provider = try! SoftwareTEE.development()
    static let platformKeys = [provider.platformKey.publicKey.bytes]
    static let reportData = Hashing.blake2_256(Array("registration".utf8))
    static let build = Array("phala-swift/worker/test".utf8)

    static func verify(
        _ report: AttestationReport,
        expected: [UInt8] = reportData,
        now: UInt64 = 1_000_100,
        allowSoftwareTEE: Bool = true,
        keys: [[UInt8]] = platformKeys,
        allowed: [[UInt8]] = [Hashing.blake2_256(build)]
    ) throws(AttestationError) -> VerifiedAttestation {
        try AttestationVerifier.verify(
            report,
            expectedReportData: expected,
            now: now,
            policy: AttestationPolicy(
                allowSoftwareTEE: allowSoftwareTEE, platformKeys: keys, allowDcap: true, allowedMeasurements: allowed
            )
        )
    }

    static var report: AttestationReport {
        provider.attest(buildIdentity: build, reportData: reportData, timestamp: 1_000_000)
    }

    @Test func freshSoftwareReportYieldsTheBuildMeasurementAtTheLowestConfidence() throws {
        let verified = try Self.verify(Self.report)
        #expect(verified.measurement == Hashing.blake2_256(Self.build))
        #expect(verified.confidenceLevel == .software)
        #expect(verified.confidenceLevel.rawValue == 128)
    }

    @Test func softwareReportIsRefusedWhenSoftwareTEEIsDisabled() {
        #expect(throws: AttestationError.softwareTEEDisabled) { try Self.verify(Self.report, allowSoftwareTEE: false) }
    }

    @Test func reportFromAnUntrustedPlatformKeyIsRefused() throws {
        let other = SoftwareTEE(platformKey: try Ed25519.KeyPair(seed: [UInt8](repeating: 9, count: 32)))
        let report = other.attest(buildIdentity: Self.build, reportData: Self.reportData, timestamp: 1_000_000)
        #expect(throws: AttestationError.badPlatformSignature) { try Self.verify(report) }
    }

    @Test func tamperedReportFailsItsSignature() {
        guard case .softwareTEE(var inner) = Self.report else { Issue.record("not software"); return }
        inner.measurement = Hashing.blake2_256(Array("another build".utf8))
        #expect(throws: AttestationError.badPlatformSignature) { try Self.verify(.softwareTEE(inner)) }
    }

    @Test func aMeasurementOffTheAllowListIsRefusedBeforeTheBinding() {
        #expect(throws: AttestationError.measurementNotAllowed) {
            try Self.verify(Self.report, expected: Hashing.blake2_256([1]), allowed: [])
        }
    }

    @Test func reportBindingOtherDataIsRefused() {
        #expect(throws: AttestationError.reportDataMismatch) {
            try Self.verify(Self.report, expected: Hashing.blake2_256([1]))
        }
    }

    @Test func reportIsStaleFromTwoHoursOn() throws {
        _ = try Self.verify(Self.report, now: 1_000_000 + 7_199)
        #expect(throws: AttestationError.stale(age: 7_200, maximumAge: 7_200)) {
            try Self.verify(Self.report, now: 1_000_000 + 7_200)
        }
    }

    @Test func iasReportsAreAnUnknownKindAndDcapQuotesNeedCollateral() {
        #expect(throws: AttestationError.unknownKind) {
            try Self.verify(.sgxIas(raReport: [], signature: [], rawSigningCert: []))
        }
        #expect(throws: AttestationError.missingCollateral) { try Self.verify(.sgxDcap(quote: [], collateral: nil)) }
    }

    @Test func shortReportDataIsMalformed() {
        guard case .softwareTEE(var inner) = Self.report else { Issue.record("not software"); return }
        inner.reportData = [1]
        #expect(throws: AttestationError.malformed(field: "report data")) { try Self.verify(.softwareTEE(inner)) }
    }
}
