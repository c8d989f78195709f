import Testing

@testable import Attestation

/// The corrupted inputs of dcap.md §4.8, on both the SGX and the TDX sample (dcap-qvl 0.5.2/0.7.0
/// gave the errors quoted in each case's description).
@Suite struct DcapVerifierNegativeTests {
    /// A sample with the offsets §1.6/§1.7 give for its regions.
    struct Sample: Sendable, CustomTestStringConvertible {
        let name: String
        let now: UInt64
        let reportData: Int
        let qeReportData: Int
        let qeAuthData: Int
        var testDescription: String { name }

        func quote() throws -> [UInt8] { try DcapFixtures.bytes(name) }
        func collateral() throws -> DcapCollateral {
            try name == "sgx_quote" ? DcapFixtures.sgxCollateral : DcapFixtures.tdxCollateral
        }
        func otherCollateral() throws -> DcapCollateral {
            try name == "sgx_quote" ? DcapFixtures.tdxCollateral : DcapFixtures.sgxCollateral
        }
    }

    static let samples = [
        Sample(name: "sgx_quote", now: 1_752_919_277, reportData: 368, qeReportData: 564 + 320, qeAuthData: 1014),
        Sample(name: "tdx_quote", now: 1_752_919_234, reportData: 568, qeReportData: 770 + 320, qeAuthData: 1220),
    ]

    func verify(_ quote: [UInt8], _ collateral: DcapCollateral, _ sample: Sample) throws(DcapVerificationError) {
        _ = try DcapVerifier.verify(quote: quote, collateral: collateral, now: sample.now)
    }

    func flipped(_ bytes: [UInt8], at offset: Int) -> [UInt8] {
        var copy = bytes
        copy[offset] ^= 0x01
        return copy
    }

    @Test(arguments: samples)
    func flippedReportDataOrHeaderFailsTheQuoteSignature(sample: Sample) throws {
        let quote = try sample.quote()
        let collateral = try sample.collateral()
        #expect(throws: DcapVerificationError.invalidQuoteSignature) {
            try verify(flipped(quote, at: sample.reportData), collateral, sample)
        }
        #expect(throws: DcapVerificationError.invalidQuoteSignature) { try verify(flipped(quote, at: 8), collateral, sample) }
    }

    @Test(arguments: samples)
    func flippedQeReportFailsTheQeReportSignature(sample: Sample) throws {
        #expect(throws: DcapVerificationError.invalidQeReportSignature) {
            try verify(flipped(sample.quote(), at: sample.qeReportData), sample.collateral(), sample)
        }
    }

    @Test(arguments: samples)
    func flippedQeAuthDataBreaksTheAttestationKeyBinding(sample: Sample) throws {
        #expect(throws: DcapVerificationError.qeReportHashMismatch) {
            try verify(flipped(sample.quote(), at: sample.qeAuthData), sample.collateral(), sample)
        }
    }

    @Test(arguments: samples)
    func flippedQeVendorIDIsAnUnknownVendor(sample: Sample) throws {
        #expect(throws: DcapVerificationError.unknownQeVendor) {
            try verify(flipped(sample.quote(), at: 12), sample.collateral(), sample)
        }
    }

    @Test(arguments: samples)
    func oneAddedSpaceBreaksTheTcbInfoAndQeIdentitySignatures(sample: Sample) throws {
        func spaced(_ text: [UInt8]) -> [UInt8] {
            let colon = text.firstIndex(of: UInt8(ascii: ":")) ?? 0
            var copy = text
            copy.insert(UInt8(ascii: " "), at: colon + 1)
            return copy
        }
        var collateral = try sample.collateral()
        collateral.tcbInfo = spaced(collateral.tcbInfo)
        #expect(throws: DcapVerificationError.invalidTcbInfoSignature) { try verify(sample.quote(), collateral, sample) }
        collateral = try sample.collateral()
        collateral.qeIdentity = spaced(collateral.qeIdentity)
        #expect(throws: DcapVerificationError.invalidQeIdentitySignature) { try verify(sample.quote(), collateral, sample) }
    }

    @Test(arguments: samples)
    func theOtherSamplesTcbInfoIsAnFmspcMismatch(sample: Sample) throws {
        var collateral = try sample.collateral()
        let other = try sample.otherCollateral()
        collateral.tcbInfo = other.tcbInfo
        collateral.tcbInfoSignature = other.tcbInfoSignature
        collateral.tcbInfoIssuerChain = other.tcbInfoIssuerChain
        #expect(throws: DcapVerificationError.fmspcMismatch) { try verify(sample.quote(), collateral, sample) }
    }

    @Test(arguments: samples)
    func theOtherTeesQeIdentityIsUnsupported(sample: Sample) throws {
        var collateral = try sample.collateral()
        let other = try sample.otherCollateral()
        collateral.qeIdentity = other.qeIdentity
        collateral.qeIdentitySignature = other.qeIdentitySignature
        collateral.qeIdentityIssuerChain = other.qeIdentityIssuerChain
        let expected =
            sample.name == "sgx_quote"
            ? DcapVerificationError.unsupportedQeIdentity(id: "TD_QE", version: 2)
            : .unsupportedQeIdentity(id: "QE", version: 2)
        #expect(throws: expected) { try verify(sample.quote(), collateral, sample) }
    }

    @Test(arguments: samples)
    func aPckCrlFromTheOtherPckCaLeavesRevocationUnknown(sample: Sample) throws {
        var collateral = try sample.collateral()
        collateral.pckCrl = try sample.otherCollateral().pckCrl
        #expect(throws: DcapVerificationError.certificate(chain: .pck, .unknownRevocationStatus)) {
            try verify(sample.quote(), collateral, sample)
        }
    }

    @Test func malformedCrlHexAndTruncatedQuotesAreTypedErrors() throws {
        var collateral = try DcapFixtures.sgxCollateral
        collateral.rootCaCrl = Array("30zz".utf8)
        #expect(throws: DcapVerificationError.malformedCollateral(field: "root_ca_crl", reason: "expected hex text of a DER CRL")) {
            try DcapVerifier.verify(quote: DcapFixtures.sgxQuote, collateral: collateral, now: 1_752_919_277)
        }
        let quote = try DcapFixtures.sgxQuote
        for length in stride(from: 0, to: quote.count, by: 97) {
            #expect(throws: DcapVerificationError.self) {
                try DcapVerifier.verify(quote: Array(quote[..<length]), collateral: DcapFixtures.sgxCollateral, now: 1_752_919_277)
            }
        }
    }
}
