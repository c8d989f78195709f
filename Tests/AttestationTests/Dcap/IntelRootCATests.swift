import Crypto
import PhalaTesting
import Testing
import X509

@testable import Attestation

@Suite struct IntelRootCATests {
    @Test func embeddedRootIsTheFixtureWithThePinnedHash() throws {
        // dcap.md §5: dcap-qvl src/TrustedRootCA.der, 659 bytes, SHA-256 44a0196b…74d3.
        #expect(IntelRootCA.derBytes == (try CertificateFixtures.bytes("TrustedRootCA.der")))
        #expect(
            Hex.string(SHA256.hash(data: IntelRootCA.derBytes))
                == "44a0196b2b99f889b8e149e95b807a350e7424964399e885a7cbb8ccfab674d3"
        )
    }

    @Test func rootIsTheSelfSignedIntelSGXRootCAWithPathLengthOne() throws {
        let root = try IntelRootCA.certificate()
        #expect(root.subject == root.issuer)
        #expect(root.subject.description.contains("CN=Intel SGX Root CA"))
        #expect(Hex.string(root.serialNumber.bytes) == "22650cd65a9d3489f383b49552bf501b392706ac")
        #expect(root.publicKey.isValidSignature(root.signature, for: root))
        #expect(try root.basicConstraintsValue() == .isCertificateAuthority(maxPathLength: 1))
        // 2018-05-21T10:45:10Z … 2049-12-31T23:59:59Z.
        let window = try root.validityWindow()
        #expect(window.notBefore == 1_526_899_510)
        #expect(window.notAfter == 2_524_607_999)
    }
}
