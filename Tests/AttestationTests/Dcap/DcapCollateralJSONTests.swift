import Foundation
import Testing

@testable import Attestation

/// Sizes from Python's json module over the sample files (dcap.md §5: dcap-qvl commit 9bffe30).
@Suite struct DcapCollateralJSONTests {
    @Test func sampleCollateralKeepsSignedTextsByteExactAndDecodesSignatures() throws {
        let collateral = try DcapFixtures.sgxCollateral
        #expect(collateral.tcbInfo.count == 4520)
        #expect(collateral.tcbInfo.starts(with: Array(#"{"id":"SGX","version":3,"issueDate":"2025-06-19T10:56:11Z""#.utf8)))
        #expect(collateral.qeIdentity.count == 1217)
        #expect(DcapFixtures.hexString(collateral.tcbInfoSignature) == "9ad0e9be2e64cac80bd22fb39988f5d42049e940017dd745ac1dd9e30d7436eb61f4082dbadefd377d75f7becc042efe7fd54c5767ecece97a9156b0dffbc862")
        #expect(collateral.qeIdentitySignature.count == 64)
        #expect(collateral.rootCaCrl.count == 584 && collateral.rootCaCrl.starts(with: Array("308201203081c802".utf8)))
        #expect(collateral.pckCrl.count == 604)
        #expect(collateral.tcbInfoIssuerChain.starts(with: Array("-----BEGIN CERTIFICATE-----\n".utf8)))
        #expect(collateral.pckCrlIssuerChain.starts(with: Array("-----BEGIN CERTIFICATE-----\n".utf8)))
    }

    @Test func allThreeSampleCollateralsParse() throws {
        #expect(try DcapFixtures.tdxCollateral.tcbInfo.count == 2934)
        #expect(try DcapFixtures.tdxCollateral.pckCrl.count == 5326)
        #expect(try DcapFixtures.tdxOutdatedCollateral.tcbInfo.count == 4113)
    }

    @Test func missingFieldsShortSignaturesAndNonHexCrlsAreRefused() throws {
        let text = String(decoding: try DcapFixtures.bytes("sgx_quote_collateral.json"), as: UTF8.self)
        let cases: [(String, String)] = [
            (text.replacingOccurrences(of: #""tcb_info":"#, with: #""tcb_inf0":"#), "collateral.tcb_info"),
            (text.replacingOccurrences(of: #""tcb_info_signature": "9ad0"#, with: #""tcb_info_signature": ""#), "collateral.tcb_info_signature"),
            (text.replacingOccurrences(of: #""root_ca_crl": "3082"#, with: #""root_ca_crl": "zz82"#), "collateral.root_ca_crl"),
        ]
        for (json, field) in cases {
            #expect(json != text)
            #expect {
                _ = try DcapCollateral(json: Array(json.utf8))
            } throws: { error in
                guard case .malformedCollateral(let reported, _) = error as? DcapVerificationError else { return false }
                return reported == field
            }
        }
    }
}
