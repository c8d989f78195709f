import PhalaCrypto
import Testing

@testable import Attestation

/// DCAP registrations through `AttestationVerifier`: the quote, then the allow-list, then the binding,
/// then the confidence level (dcap.md §6.2–6.5), on the shared SGX and TDX samples inside their windows.
@Suite struct AttestationVerifierDcapTests {
    /// Inside the SGX sample's window (dcap.md §4.1).
    static let sgxNow: UInt64 = 1_752_919_277
    /// Inside the TDX sample's window.
    static let tdxNow: UInt64 = 1_752_919_234
    /// dcap.md §6.4: MRENCLAVE ‖ ISVPRODID (BE) ‖ ISVSVN (BE) ‖ MRSIGNER of the SGX sample, the value
    /// Phala's own test asserts.
    static let sgxMeasurement = try! DcapFixtures.hex(
        "33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb" + "0000" + "0000"
            + "815f42f11cf64430c30bab7816ba596a1da0130c3b028b673133a66cf9a3e0e6"
    )
    /// The sample's REPORTDATA[0..32]: "Hello, world!" and zeros, the data it binds.
    static let sgxBinding = Array("Hello, world!".utf8) + [UInt8](repeating: 0, count: 19)

    static func verify(
        _ quote: [UInt8],
        _ collateral: DcapCollateral,
        now: UInt64,
        expected: [UInt8],
        allowed: [[UInt8]],
        allowDcap: Bool = true
    ) throws(AttestationError) -> VerifiedAttestation {
        try AttestationVerifier.verify(
            .sgxDcap(quote: quote, collateral: collateral),
            expectedReportData: expected,
            now: now,
            policy: AttestationPolicy(
                allowSoftwareTEE: false, platformKeys: [], allowDcap: allowDcap, allowedMeasurements: allowed
            )
        )
    }

    @Test func theSgxSampleIsRefusedAtEachStepInTurnAndPassesWhenItsDataIsExpected() throws {
        let quote = try DcapFixtures.sgxQuote
        let collateral = try DcapFixtures.sgxCollateral
        let other = Hashing.blake2_256(Array("another registration".utf8))
        #expect(throws: AttestationError.dcapDisabled) {
            try Self.verify(quote, collateral, now: Self.sgxNow, expected: other, allowed: [], allowDcap: false)
        }
        #expect(throws: AttestationError.measurementNotAllowed) {
            try Self.verify(quote, collateral, now: Self.sgxNow, expected: other, allowed: [])
        }
        #expect(throws: AttestationError.reportDataMismatch) {
            try Self.verify(quote, collateral, now: Self.sgxNow, expected: other, allowed: [Self.sgxMeasurement])
        }
        let verified = try Self.verify(
            quote, collateral, now: Self.sgxNow, expected: Self.sgxBinding, allowed: [Self.sgxMeasurement]
        )
        #expect(verified.measurement == Self.sgxMeasurement)
        // ConfigurationAndSWHardeningNeeded with INTEL-SA-00289 and -00615, neither tolerable: level 4 (§6.5).
        #expect(verified.confidenceLevel.rawValue == 4)
    }

    @Test func aQuoteOutsideItsCollateralWindowIsRefusedWithTheFailingStep() throws {
        let quote = try DcapFixtures.sgxQuote
        let collateral = try DcapFixtures.sgxCollateral
        let error = #expect(throws: AttestationError.self) {
            try Self.verify(quote, collateral, now: Self.sgxNow + 2, expected: Self.sgxBinding, allowed: [Self.sgxMeasurement])
        }
        guard case .dcap(.qeIdentityExpired) = error else {
            Issue.record("expected the QE identity's expiry, got \(String(describing: error))")
            return
        }
    }

    @Test func theTdxSampleIsUpToDateAndMeasuredByMrtdAndTheRtmrs() throws {
        let quote = try DcapQuote(bytes: try DcapFixtures.tdxQuote)
        let report = try #require(quote.body.tdReport)
        let measurement = AttestationVerifier.pruntimeMeasurement(of: quote.body)
        #expect(measurement == report.mrTD + report.rtmrs.flatMap { $0 })
        #expect(measurement.count == 240)
        let verified = try Self.verify(
            try DcapFixtures.tdxQuote, try DcapFixtures.tdxCollateral, now: Self.tdxNow,
            expected: Array(report.reportData.prefix(32)), allowed: [measurement]
        )
        #expect(verified.confidenceLevel == .upToDate)
    }

    @Test func confidenceLevelsFollowPhalasTable() {
        #expect(ConfidenceLevel(dcapStatus: .upToDate, advisoryIDs: [])?.rawValue == 1)
        #expect(ConfidenceLevel(dcapStatus: .swHardeningNeeded, advisoryIDs: ["INTEL-SA-00615"])?.rawValue == 2)
        #expect(ConfidenceLevel(dcapStatus: .configurationNeeded, advisoryIDs: ["INTEL-SA-00334"])?.rawValue == 3)
        #expect(ConfidenceLevel(dcapStatus: .configurationNeeded, advisoryIDs: [])?.rawValue == 3)
        #expect(
            ConfidenceLevel(dcapStatus: .configurationAndSWHardeningNeeded, advisoryIDs: ["INTEL-SA-00334", "INTEL-SA-00615"])?
                .rawValue == 4
        )
        #expect(ConfidenceLevel(dcapStatus: .outOfDate, advisoryIDs: [])?.rawValue == 5)
        #expect(ConfidenceLevel(dcapStatus: .outOfDateConfigurationNeeded, advisoryIDs: [])?.rawValue == 5)
        #expect(ConfidenceLevel(dcapStatus: .revoked, advisoryIDs: []) == nil)
    }
}
