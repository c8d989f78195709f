@testable import Attestation
import SwiftASN1
import Testing
import X509

/// Revocation and constraint failures on a synthetic hierarchy (TestPKI), which Intel's samples cannot show.
@Suite struct DcapTrustStoreRevocationTests {
    let root: TestPKI.Authority
    let ca: TestPKI.Authority
    let leaf: TestPKI.Authority

    init() throws {
        root = try TestPKI.root()
        ca = try TestPKI.issue(
            "Test PCK CA",
            keySeed: 2,
            serial: [0x20],
            by: root,
            basicConstraints: .isCertificateAuthority(maxPathLength: 0)
        )
        leaf = try TestPKI.issue(
            "Test PCK Certificate",
            keySeed: 3,
            serial: [0x81, 0x02],
            by: ca,
            basicConstraints: .notCertificateAuthority
        )
    }

    func store(rootCRL: [UInt8]? = nil, pckCRL: [UInt8]? = nil) throws -> DcapTrustStore {
        DcapTrustStore(
            root: root.certificate,
            rootCaCrl: try CertificateRevocationList(derEncoded: try rootCRL ?? TestPKI.crl(issuer: root)),
            pckCrl: try CertificateRevocationList(derEncoded: try pckCRL ?? TestPKI.crl(issuer: ca))
        )
    }

    func pem(_ authorities: [TestPKI.Authority]) throws -> [UInt8] {
        CertificateFixtures.pem(derBlocks: try authorities.map { try CertificateFixtures.der($0.certificate) })
    }

    @Test func cleanChainVerifiesAndARootCopyInsideIsIgnored() throws {
        let verified = try store().verifyChain(pem: try pem([leaf, ca, root]), now: TestPKI.now)
        #expect(verified == leaf.certificate)
    }

    @Test func leafListedWithALeadingZeroIsRevoked() throws {
        // The CRL entry 00 81 02 is the integer of the leaf serial 81 02 (dcap.md §2.1).
        let crl = try TestPKI.crl(issuer: ca, serials: [[0x05], [0x00, 0x81, 0x02]])
        #expect(throws: DcapCertificateError.revoked(serial: [0x81, 0x02])) {
            try store(pckCRL: crl).verifyChain(pem: try pem([leaf, ca]), now: TestPKI.now)
        }
    }

    @Test func intermediateListedInTheRootCRLIsRevoked() throws {
        let crl = try TestPKI.crl(issuer: root, serials: [[0x20]])
        #expect(throws: DcapCertificateError.revoked(serial: [0x20])) {
            try store(rootCRL: crl).verifyChain(pem: try pem([leaf, ca]), now: TestPKI.now)
        }
    }

    @Test func rootListedInItsOwnCRLIsRootRevoked() throws {
        let crl = try TestPKI.crl(issuer: root, serials: [[0x01]])
        #expect(throws: DcapCertificateError.rootRevoked) { try store(rootCRL: crl).checkRoot(now: TestPKI.now) }
    }

    @Test func crlSignedByAnotherKeyIsRefused() throws {
        let forged = try TestPKI.crl(issuer: ca, signer: root)
        #expect(throws: DcapCertificateError.badCRLSignature) {
            try store(pckCRL: forged).verifyChain(pem: try pem([leaf, ca]), now: TestPKI.now)
        }
        let forgedRoot = try TestPKI.crl(issuer: root, signer: ca)
        #expect(throws: DcapCertificateError.badCRLSignature) {
            try store(rootCRL: forgedRoot).checkRoot(now: TestPKI.now)
        }
    }

    @Test func crlIsAcceptedUntilOneSecondBeforeNextUpdate() throws {
        let crl = try TestPKI.crl(issuer: ca, nextUpdate: TestPKI.now + 1)
        _ = try store(pckCRL: crl).verifyChain(pem: try pem([leaf, ca]), now: TestPKI.now)
        let due = try TestPKI.crl(issuer: ca, nextUpdate: TestPKI.now)
        #expect(throws: DcapCertificateError.crlExpired(nextUpdate: TestPKI.now)) {
            try store(pckCRL: due).verifyChain(pem: try pem([leaf, ca]), now: TestPKI.now)
        }
    }

    @Test func issuerThatIsNotACAIsRefused() throws {
        let plain = try TestPKI.issue("Test PCK CA", keySeed: 2, serial: [0x20], by: root, basicConstraints: nil)
        let child = try TestPKI.issue(
            "Test PCK Certificate",
            keySeed: 3,
            serial: [0x30],
            by: plain,
            basicConstraints: nil
        )
        #expect(throws: DcapCertificateError.notCertificateAuthority) {
            try store().verifyChain(pem: try pem([child, plain]), now: TestPKI.now)
        }
    }

    @Test func subCABelowAPathLengthZeroCAIsRefused() throws {
        // root (pathLen 1) → CA (pathLen 0) → sub-CA → leaf: the CA may not have a CA below it.
        let subCA = try TestPKI.issue(
            "Test Sub CA",
            keySeed: 4,
            serial: [0x40],
            by: ca,
            basicConstraints: .isCertificateAuthority(maxPathLength: nil)
        )
        let deepLeaf = try TestPKI.issue("Test Deep Leaf", keySeed: 5, serial: [0x50], by: subCA, basicConstraints: nil)
        #expect(throws: DcapCertificateError.pathLengthExceeded) {
            try store().verifyChain(pem: try pem([deepLeaf, subCA, ca]), now: TestPKI.now)
        }
    }

    @Test func rootPathLengthLimitsTheChainToo() throws {
        let strictRoot = try TestPKI.root(pathLength: 0)
        let store = DcapTrustStore(
            root: strictRoot.certificate,
            rootCaCrl: try CertificateRevocationList(derEncoded: try TestPKI.crl(issuer: strictRoot)),
            pckCrl: try CertificateRevocationList(derEncoded: try TestPKI.crl(issuer: ca))
        )
        #expect(throws: DcapCertificateError.pathLengthExceeded) {
            try store.verifyChain(pem: try pem([leaf, ca]), now: TestPKI.now)
        }
    }

    @Test func leafOutsideItsWindowIsRefused() throws {
        // TestPKI certificates are valid 1700000000 … 1800000000, bounds included.
        let chain = try pem([leaf, ca])
        let store = try store(
            rootCRL: TestPKI.crl(issuer: root, nextUpdate: 1_900_000_000),
            pckCRL: TestPKI.crl(issuer: ca, nextUpdate: 1_900_000_000)
        )
        _ = try store.verifyChain(pem: chain, now: 1_700_000_000)
        _ = try store.verifyChain(pem: chain, now: 1_800_000_000)
        #expect(throws: DcapCertificateError.notYetValid) { try store.verifyChain(pem: chain, now: 1_699_999_999) }
        #expect(throws: DcapCertificateError.expired) { try store.verifyChain(pem: chain, now: 1_800_000_001) }
    }

    @Test func manySameNamedIssuersExhaustThePathSearch() throws {
        // Eight CAs all named and issued by "Loop CA": without a cap, 8! orderings would be tried.
        let loop = try TestPKI.issue("Loop CA", keySeed: 40, serial: [0x40], by: root, basicConstraints: nil)
        let selfNamed = TestPKI.Authority(
            certificate: try TestPKI.issue("Loop CA", keySeed: 41, serial: [0x41], by: loop, basicConstraints: nil)
                .certificate,
            key: loop.key
        )
        let cas = try (0..<8).map { index in
            try TestPKI.issue(
                "Loop CA",
                keySeed: UInt8(50 + index),
                serial: [UInt8(0x50 + index)],
                by: selfNamed,
                basicConstraints: .isCertificateAuthority(maxPathLength: nil)
            )
        }
        let looped = try TestPKI.issue("Loop Leaf", keySeed: 60, serial: [0x60], by: cas[0], basicConstraints: nil)
        #expect(throws: DcapCertificateError.pathSearchExhausted) {
            try store().verifyChain(pem: try pem([looped] + cas), now: TestPKI.now)
        }
    }
}
