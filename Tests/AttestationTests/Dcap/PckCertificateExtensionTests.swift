import Attestation
import PhalaTesting
import Testing
import X509

@Suite struct PckCertificateExtensionTests {
    /// dcap.md §3.5's table (DER-walked PCK leaves of the samples).
    @Test(arguments: [
        (
            CertificateFixtures.Sample.sgx, "d04ec06d4e6d92dc90d0ad3cf5ee2ddf", "00a067110000", UInt16(13),
            "0b0b0202ff0100000000000000000000", UInt8(0)
        ),
        (.tdx, "811dca2a26b952e85bb6448b097ba4fd", "b0c06f000000", 11, "03030202040100050000000000000000", 1),
        (.tdxOutdated, "66498c9263c04ed2f0657c530ac2b0cb", "90c06f000000", 13, "03030202040100030000000000000000", 1),
    ])
    func sampleLeavesCarryTheirPlatformFacts(
        sample: CertificateFixtures.Sample,
        ppid: String,
        fmspc: String,
        pceSvn: UInt16,
        cpuSvn: String,
        sgxType: UInt8
    ) throws {
        let store = try CertificateFixtures.trustStore(sample)
        let leaf = try store.verifyChain(pem: try CertificateFixtures.quotePCKChain(sample), now: sample.now)
        let sgx = try PckCertificateExtension(certificate: leaf)
        #expect(Hex.string(sgx.ppid) == ppid)
        #expect(Hex.string(sgx.fmspc) == fmspc)
        #expect(sgx.pceSvn == pceSvn)
        #expect(Hex.string(sgx.cpuSvn) == cpuSvn)
        #expect(sgx.pceID == [0, 0])
        #expect(sgx.sgxType == sgxType)
    }

    @Test func aCertificateWithoutTheExtensionIsRefused() throws {
        #expect(throws: DcapCertificateError.missingSGXExtension) {
            try PckCertificateExtension(certificate: try IntelRootCA.certificate())
        }
    }
}
