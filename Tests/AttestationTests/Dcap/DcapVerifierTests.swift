import Testing

@testable import Attestation

/// Every sample at every `now` of dcap.md §4.7 (dcap-qvl 0.5.2 and 0.7.0 Python bindings gave the
/// same results; re-checked with dcap-qvl 0.7.0 in /tmp/venvtest).
@Suite struct DcapVerifierTests {
    static let sgxAdvisories = ["INTEL-SA-00289", "INTEL-SA-00615"]
    static let upToDate = TcbVerdict(status: .upToDate, advisoryIDs: [])

    @Test(arguments: [UInt64(1_750_330_571), 1_751_624_924, 1_752_919_277, 1_752_919_278])
    func sgxSampleIsConfigurationAndSWHardeningNeededInsideItsWindow(now: UInt64) throws {
        let report = try DcapVerifier.verify(quote: DcapFixtures.sgxQuote, collateral: DcapFixtures.sgxCollateral, now: now)
        #expect(report.status == .configurationAndSWHardeningNeeded)
        #expect(report.advisoryIDs == Self.sgxAdvisories)
        #expect(report.platformStatus == TcbVerdict(status: .configurationAndSWHardeningNeeded, advisoryIDs: Self.sgxAdvisories))
        #expect(report.qeStatus == Self.upToDate)
        #expect(DcapFixtures.hexString(report.ppid) == "d04ec06d4e6d92dc90d0ad3cf5ee2ddf")
        #expect(report.quote == (try DcapQuote(bytes: DcapFixtures.sgxQuote)))
        #expect(report.quote.body.enclaveReport.map { DcapFixtures.hexString($0.mrEnclave) } == "33d8736db756ed4997e04ba358d27833188f1932ff7b1d156904d3f560452fbb")
    }

    @Test(arguments: [UInt64(1_750_329_147), 1_751_624_655, 1_752_919_234])
    func tdxSampleIsUpToDateInsideItsWindow(now: UInt64) throws {
        let report = try DcapVerifier.verify(quote: DcapFixtures.tdxQuote, collateral: DcapFixtures.tdxCollateral, now: now)
        #expect(report.status == .upToDate && report.advisoryIDs.isEmpty)
        #expect(report.platformStatus == Self.upToDate && report.qeStatus == Self.upToDate)
        #expect(DcapFixtures.hexString(report.ppid) == "811dca2a26b952e85bb6448b097ba4fd")
        #expect(report.quote.body.tdReport.map { DcapFixtures.hexString($0.mrTD) } == "91eb2b44d141d4ece09f0c75c2c53d247a3c68edd7fafe8a3520c942a604a407de03ae6dc5f87f27428b2538873118b7")
    }

    @Test(arguments: [
        ("sgx", UInt64(1_750_330_570), DcapVerificationError.tcbInfoNotYetValid(issueDate: 1_750_330_571)),
        ("sgx", 1_750_320_802, .tcbInfoNotYetValid(issueDate: 1_750_330_571)),
        ("sgx", 1_752_919_279, .qeIdentityExpired(nextUpdate: 1_752_919_278)),
        ("sgx", 2_208_988_800, .certificate(chain: .trustStore, .crlExpired(nextUpdate: 1_775_215_317))),
        ("tdx", 1_750_329_146, .qeIdentityNotYetValid(issueDate: 1_750_329_147)),
        ("tdx", 1_752_919_235, .certificate(chain: .pck, .crlExpired(nextUpdate: 1_752_919_235))),
        ("tdx", 1_234_567_890, .tcbInfoNotYetValid(issueDate: 1_750_328_163)),
        ("tdx", 2_208_988_800, .certificate(chain: .trustStore, .crlExpired(nextUpdate: 1_775_215_317))),
        ("outdated", 1_771_412_330, .tcbInfoNotYetValid(issueDate: 1_771_412_331)),
        ("outdated", 1_771_412_331, .noMatchingTcbLevel),
        ("outdated", 1_774_003_274, .noMatchingTcbLevel),
        ("outdated", 1_774_003_275, .certificate(chain: .pck, .crlExpired(nextUpdate: 1_774_003_275))),
    ])
    func samplesOutsideTheirWindowFailWithDcapQvlsError(sample: String, now: UInt64, expected: DcapVerificationError) throws {
        let (quote, collateral) =
            switch sample {
            case "sgx": (try DcapFixtures.sgxQuote, try DcapFixtures.sgxCollateral)
            case "tdx": (try DcapFixtures.tdxQuote, try DcapFixtures.tdxCollateral)
            default: (try DcapFixtures.tdxOutdatedQuote, try DcapFixtures.tdxOutdatedCollateral)
            }
        #expect(throws: expected) { try DcapVerifier.verify(quote: quote, collateral: collateral, now: now) }
    }

    @Test(arguments: ["tdx-quote.hex", "quote-from-tappd.hex"])
    func hexSamplesHaveValidCryptographyButNoMatchingTcbLevel(name: String) throws {
        let quote = try DcapFixtures.hexQuote(name)
        #expect(throws: DcapVerificationError.noMatchingTcbLevel) {
            try DcapVerifier.verify(quote: quote, collateral: DcapFixtures.tdxCollateral, now: 1_752_919_234)
        }
    }

    @Test func paddingDoesNotChangeTheResult() throws {
        let padded = try DcapFixtures.tdxQuote
        let collateral = try DcapFixtures.tdxCollateral
        let expected = try DcapVerifier.verify(quote: padded, collateral: collateral, now: 1_752_919_234)
        for quote in [Array(padded[..<4936]), padded + [UInt8](repeating: 0, count: 10)] {
            let report = try DcapVerifier.verify(quote: quote, collateral: collateral, now: 1_752_919_234)
            #expect(report == expected)
        }
    }

    @Test func errorsNameTheirStepAndQuoteDcapQvl() {
        #expect(DcapVerificationError.tcbInfoExpired(nextUpdate: 1).description.hasPrefix("TCBInfo expired"))
        #expect(DcapVerificationError.qeReportHashMismatch.description.hasPrefix("QE report hash mismatch"))
        #expect(DcapVerificationError.noMatchingTcbLevel.description.hasPrefix("No matching TCB level found"))
        #expect(DcapVerificationError.certificate(chain: .pck, .unknownRevocationStatus).step == "pckChain")
        #expect(DcapVerificationError.invalidQuoteSignature.step == "quoteSignature")
    }
}
