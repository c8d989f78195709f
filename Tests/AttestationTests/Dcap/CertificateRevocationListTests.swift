import PhalaTesting
import Testing
import X509

@testable import Attestation

@Suite struct CertificateRevocationListTests {
    /// dcap.md §3.4 (re-checked with `openssl crl -text`): windows in Unix seconds and entry counts.
    @Test(arguments: [
        (CertificateFixtures.Sample.sgx, "Intel SGX PCK Processor CA", UInt64(1_750_328_598), UInt64(1_752_920_598), 0),
        (.tdx, "Intel SGX PCK Platform CA", 1_750_327_235, 1_752_919_235, 44),
        (.tdxOutdated, "Intel SGX PCK Platform CA", 1_771_411_275, 1_774_003_275, 57),
    ])
    func sampleCRLsHaveTheirIssuerWindowAndEntries(
        sample: CertificateFixtures.Sample,
        issuer: String,
        thisUpdate: UInt64,
        nextUpdate: UInt64,
        entries: Int
    ) throws {
        let pck = try CertificateFixtures.crl(sample, "pck_crl")
        #expect(pck.issuer.description.contains("CN=\(issuer)"))
        #expect(pck.thisUpdate == thisUpdate)
        #expect(pck.nextUpdate == nextUpdate)
        #expect(pck.revokedSerials.count == entries)

        // Every sample carries the same Root CA CRL: 2025-03-20T11:21:57Z → 2026-04-03T11:21:57Z, empty.
        let root = try CertificateFixtures.crl(sample, "root_ca_crl")
        #expect(root.issuer == (try IntelRootCA.certificate()).subject)
        #expect(root.thisUpdate == 1_742_469_717)
        #expect(root.nextUpdate == 1_775_215_317)
        #expect(root.revokedSerials.isEmpty)
        #expect(root.isSigned(by: try IntelRootCA.certificate()))
    }

    @Test func tdxPlatformCRLListsItsFirstSerialsByValue() throws {
        // First entries of tdx_quote_collateral.json's pck_crl, as `openssl crl -text` prints them.
        let crl = try CertificateFixtures.crl(.tdx, "pck_crl")
        #expect(Hex.string(crl.revokedSerials[0]) == "6fc34e5023e728923435d61aa4b83c618166ad35")
        #expect(Hex.string(crl.revokedSerials[1]) == "efae6e9715fca13b87e333e8261ed6d990a926ad")
        #expect(crl.revokes(Certificate.SerialNumber(bytes: [0x00] + crl.revokedSerials[1])))
        #expect(!crl.revokes(Certificate.SerialNumber(bytes: [0x01] + crl.revokedSerials[1])))
    }

    @Test func serialsCompareByIntegerValue() {
        // Intel CRL entries may carry a 21-byte serial with a leading 0x00 (dcap.md §2.1).
        #expect(CertificateRevocationList.magnitude([0x00, 0x81, 0x02]) == [0x81, 0x02])
        #expect(CertificateRevocationList.magnitude([0x00]) == [])
    }

    @Test func pckCRLIsSignedByItsCANotByTheRoot() throws {
        let crl = try CertificateFixtures.crl(.sgx, "pck_crl")
        let chain = try PEMChain.certificates(
            in: Array(try CertificateFixtures.collateralField(.sgx, "pck_crl_issuer_chain").utf8)
        )
        #expect(crl.isSigned(by: chain[0]))
        #expect(!crl.isSigned(by: try IntelRootCA.certificate()))
    }

    @Test func everyTruncationAndTrailingByteIsMalformed() throws {
        let der = try #require(Hex.bytes(try CertificateFixtures.collateralField(.sgx, "pck_crl")))
        for length in 0..<der.count {
            #expect(throws: DcapCertificateError.malformedCRL) {
                try CertificateRevocationList(derEncoded: Array(der[..<length]))
            }
        }
        #expect(throws: DcapCertificateError.malformedCRL) { try CertificateRevocationList(derEncoded: der + [0]) }
    }

    @Test func aCertificateIsNotACRL() {
        #expect(throws: DcapCertificateError.malformedCRL) {
            try CertificateRevocationList(derEncoded: IntelRootCA.derBytes)
        }
    }
}
