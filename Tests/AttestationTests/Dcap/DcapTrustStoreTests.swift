import PhalaTesting
import Testing
import X509

@testable import Attestation

/// Chain and revocation checks on the real samples (dcap.md §2 step 0, §2.1, §2.2, §4).
@Suite struct DcapTrustStoreTests {
    typealias Sample = CertificateFixtures.Sample

    @Test(arguments: Sample.allCases)
    func pckChainOfEverySampleVerifiesAtItsNow(sample: Sample) throws {
        let store = try CertificateFixtures.trustStore(sample)
        try store.checkRoot(now: sample.now)
        let leaf = try store.verifyChain(pem: try CertificateFixtures.quotePCKChain(sample), now: sample.now)
        let serials: [Sample: String] = [
            .sgx: "81b77732b761e98eb9b963a4abd1e5b9bf5dd8d6",
            .tdx: "3c16ed54eacbb4ced072be72630c85788cf46e36",
            .tdxOutdated: "e825941783e2cdb6a42d95a56f871957855b0edd",
        ]
        #expect(Hex.string(leaf.serialNumber.bytes) == serials[sample])
        #expect(leaf.subject.description.contains("CN=Intel SGX PCK Certificate"))
    }

    @Test(arguments: Sample.allCases, ["tcb_info_issuer_chain", "qe_identity_issuer_chain"])
    func signingChainsOfEverySampleVerifyAtItsNow(sample: Sample, field: String) throws {
        let store = try CertificateFixtures.trustStore(sample)
        let pem = Array(try CertificateFixtures.collateralField(sample, field).utf8)
        let leaf = try store.verifyChain(pem: pem, now: sample.now)
        #expect(leaf.subject.description.contains("CN=Intel SGX TCB Signing"))
    }

    @Test(arguments: Sample.allCases)
    func aCAIsNotAcceptedAsTheLeaf(sample: Sample) throws {
        // pck_crl_issuer_chain starts with the PCK CA (dcap-qvl never verifies it); webpki refuses a CA
        // as end entity (CaUsedAsEndEntity), and so does verifyChain.
        let store = try CertificateFixtures.trustStore(sample)
        let pem = Array(try CertificateFixtures.collateralField(sample, "pck_crl_issuer_chain").utf8)
        #expect(throws: DcapCertificateError.notCertificateAuthority) {
            try store.verifyChain(pem: pem, now: sample.now)
        }
    }

    @Test func pckCRLExpiresExactlyAtItsNextUpdate() throws {
        // dcap.md §2.2/§4.7: tdx_quote OK at 1752919234, CrlExpired at 1752919235 = PCK CRL nextUpdate.
        let store = try CertificateFixtures.trustStore(.tdx)
        let pem = try CertificateFixtures.quotePCKChain(.tdx)
        _ = try store.verifyChain(pem: pem, now: 1_752_919_234)
        #expect(throws: DcapCertificateError.crlExpired(nextUpdate: 1_752_919_235)) {
            try store.verifyChain(pem: pem, now: 1_752_919_235)
        }
        // The TCB signing chain only needs the Root CA CRL, still valid then.
        let tcbChain = Array(try CertificateFixtures.collateralField(.tdx, "tcb_info_issuer_chain").utf8)
        _ = try store.verifyChain(pem: tcbChain, now: 1_752_919_235)
    }

    @Test func rootCheckFailsOnceTheRootCACRLExpires() throws {
        // dcap.md §4.7: at 2040 every sample fails with CrlExpired(next_update: 1775215317) first.
        let store = try CertificateFixtures.trustStore(.sgx)
        try store.checkRoot(now: 1_775_215_316)
        #expect(throws: DcapCertificateError.crlExpired(nextUpdate: 1_775_215_317)) {
            try store.checkRoot(now: 1_775_215_317)
        }
        #expect(throws: DcapCertificateError.crlExpired(nextUpdate: 1_775_215_317)) {
            try store.checkRoot(now: 2_208_988_800)
        }
    }

    @Test func rootCheckNeedsACRLIssuedByTheRoot() throws {
        let pck = try CertificateFixtures.crl(.sgx, "pck_crl")
        let store = DcapTrustStore(root: try IntelRootCA.certificate(), rootCaCrl: pck, pckCrl: pck)
        #expect(throws: DcapCertificateError.unknownRevocationStatus) { try store.checkRoot(now: Sample.sgx.now) }
    }

    @Test func pckCRLOfTheOtherPCKCAGivesUnknownRevocationStatus() throws {
        // dcap.md §2.1/§4.8: Processor vs Platform CA, verified both ways with dcap-qvl. Both CRLs are
        // valid at 1752919234.
        let now: UInt64 = 1_752_919_234
        let sgxWithPlatformCRL = try CertificateFixtures.trustStore(.sgx, pckCrlFrom: .tdx)
        #expect(throws: DcapCertificateError.unknownRevocationStatus) {
            try sgxWithPlatformCRL.verifyChain(pem: try CertificateFixtures.quotePCKChain(.sgx), now: now)
        }
        let tdxWithProcessorCRL = try CertificateFixtures.trustStore(.tdx, pckCrlFrom: .sgx)
        #expect(throws: DcapCertificateError.unknownRevocationStatus) {
            try tdxWithProcessorCRL.verifyChain(pem: try CertificateFixtures.quotePCKChain(.tdx), now: now)
        }
    }

    @Test func certificatesOutsideTheirValidityAreRefusedBeforeRevocation() throws {
        // sgx_quote's PCK leaf is valid 2023-09-20 → 2030-09-20 (dcap.md §4.2).
        let store = try CertificateFixtures.trustStore(.sgx)
        let pem = try CertificateFixtures.quotePCKChain(.sgx)
        #expect(throws: DcapCertificateError.notYetValid) { try store.verifyChain(pem: pem, now: 1_600_000_000) }
        #expect(throws: DcapCertificateError.expired) { try store.verifyChain(pem: pem, now: 1_960_000_000) }
    }

    @Test func tamperedLeafIsBadSignature() throws {
        let store = try CertificateFixtures.trustStore(.sgx)
        let chain = try PEMChain.certificates(in: try CertificateFixtures.quotePCKChain(.sgx))
        var leaf = try CertificateFixtures.der(chain[0])
        // Last byte of the serial 00 81b7…d8d6 (21 bytes): SEQUENCE (4) + SEQUENCE (4) + [0] version (5)
        // + INTEGER header (2) + 20.
        #expect(leaf[13...15] == [0x02, 0x15, 0x00])
        leaf[35] ^= 0x01
        let pem = CertificateFixtures.pem(derBlocks: [leaf, try CertificateFixtures.der(chain[1])])
        #expect(throws: DcapCertificateError.badSignature) { try store.verifyChain(pem: pem, now: Sample.sgx.now) }
    }

    @Test func chainsThatDoNotReachTheRootHaveAnUnknownIssuer() throws {
        let store = try CertificateFixtures.trustStore(.sgx)
        let pem = try CertificateFixtures.quotePCKChain(.sgx)
        let chain = try PEMChain.certificates(in: pem)
        // The leaf alone: its issuer (Processor CA) is neither the root nor in the PEM.
        let leafOnly = CertificateFixtures.pem(derBlocks: [try CertificateFixtures.der(chain[0])])
        #expect(throws: DcapCertificateError.unknownIssuer) {
            try store.verifyChain(pem: leafOnly, now: Sample.sgx.now)
        }
        // The leaf with the TDX chain's Platform CA: names differ, so still no issuer.
        let tdxChain = try PEMChain.certificates(in: try CertificateFixtures.quotePCKChain(.tdx))
        let mixed = CertificateFixtures.pem(derBlocks: [
            try CertificateFixtures.der(chain[0]), try CertificateFixtures.der(tdxChain[1]),
        ])
        #expect(throws: DcapCertificateError.unknownIssuer) { try store.verifyChain(pem: mixed, now: Sample.sgx.now) }
    }
}
