import Attestation
import PhalaCrypto
import SCALE
import Testing

@Suite struct AttestationReportTests {
    @Test func softwareReportRoundTripsAtVariantIndexTwo() throws {
        let report = try SoftwareTEE.development().attest(
            buildIdentity: [1],
            reportData: [UInt8](repeating: 2, count: 32),
            timestamp: 3
        )
        let bytes = report.scaleEncoded()
        #expect(bytes.first == 2)
        #expect(bytes.count == 1 + 32 + 32 + 8 + 32 + 64)
        #expect(try AttestationReport(scaleDecoding: bytes) == report)
    }

    @Test func sgxVariantsKeepPhalasIndices() throws {
        let ias = AttestationReport.sgxIas(raReport: [1], signature: [2, 3], rawSigningCert: [])
        // SgxIas = 0, then three Vec<u8>: compact lengths 1, 2, 0.
        #expect(ias.scaleEncoded() == [0, 4, 1, 8, 2, 3, 0])
        let collateral = DcapCollateral(
            pckCrlIssuerChain: [1],
            rootCaCrl: [],
            pckCrl: [],
            tcbInfoIssuerChain: [],
            tcbInfo: [],
            tcbInfoSignature: [],
            qeIdentityIssuerChain: [],
            qeIdentity: [],
            qeIdentitySignature: [9]
        )
        let dcap = AttestationReport.sgxDcap(quote: [7], collateral: collateral)
        // SgxDcap = 1, quote, Some = 1, SgxV30 = 0, nine Vec<u8>.
        #expect(dcap.scaleEncoded() == [1, 4, 7, 1, 0, 4, 1, 0, 0, 0, 0, 0, 0, 0, 4, 9])
        #expect(try AttestationReport(scaleDecoding: dcap.scaleEncoded()) == dcap)
    }

    @Test func unknownVariantIsADecodingError() {
        #expect(throws: ScaleDecodingError.self) { try AttestationReport(scaleDecoding: [3]) }
    }

    @Test func developmentPlatformKeyIsFixed() throws {
        let first = try SoftwareTEE.development().platformKey.publicKey.bytes
        let second = try KeyPair(uri: SoftwareTEE.developmentKeyURI, scheme: .ed25519).publicKey
        #expect(first == second)
    }
}
