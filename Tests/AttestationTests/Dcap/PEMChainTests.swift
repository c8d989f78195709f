import Foundation
import Testing
import X509

@testable import Attestation

@Suite struct PEMChainTests {
    @Test func quoteChainDecodesLeafFirstDespiteTrailingNULAndPadding() throws {
        // sgx_quote's certification data: PCK leaf, Processor CA, root copy, then a NUL (dcap.md §1.6).
        let chain = try PEMChain.certificates(in: try CertificateFixtures.quotePCKChain(.sgx))
        #expect(chain.count == 3)
        #expect(chain[0].subject.description.contains("CN=Intel SGX PCK Certificate"))
        #expect(chain[1].subject.description.contains("CN=Intel SGX PCK Processor CA"))
        #expect(chain[2] == (try IntelRootCA.certificate()))
    }

    @Test func whitespaceInsideABlockIsSkippedButANULIsNot() throws {
        // dcap-qvl accepts a line break flipped to a vertical tab (0x0A ^ 1), found by the reference cross-check.
        let pem = try CertificateFixtures.quotePCKChain(.tdx)
        let loosened = pem.flatMap { $0 == UInt8(ascii: "\n") ? [0x0D, 0x0A, 0x20, 0x09, 0x0B, 0x0C] : [$0] }
        #expect(try PEMChain.certificates(in: loosened) == PEMChain.certificates(in: pem))
        let withNUL = pem.flatMap { $0 == UInt8(ascii: "\n") ? [0x0A, 0x00] : [$0] }
        #expect(throws: DcapCertificateError.malformedPEM) { try PEMChain.certificates(in: withNUL) }
    }

    @Test func framingFollowsThePemCrate() throws {
        // dcap-qvl 0.7.0 on sgx_quote (dcap_qvl_reference.py): a BEGIN/END label mismatch anywhere fails;
        // a root copy whose END marker is damaged is silently dropped; any label is accepted.
        let chain = try PEMChain.certificates(in: try CertificateFixtures.quotePCKChain(.sgx))
        let text = String(
            decoding: CertificateFixtures.pem(derBlocks: try chain.map(CertificateFixtures.der)),
            as: UTF8.self
        )
        let mismatched = Array(text.replacingLastOccurrence(of: "END CERTIFICATE", with: "END CERTIFICATf").utf8)
        #expect(throws: DcapCertificateError.malformedPEM) { try PEMChain.certificates(in: mismatched) }
        let unterminated = Array(text.replacingLastOccurrence(of: "-----END", with: "-,---END").utf8)
        #expect(try PEMChain.certificates(in: unterminated) == Array(chain[0...1]))
        let relabelled = Array(text.replacingOccurrences(of: "CERTIFICATE", with: "X509 THING").utf8)
        #expect(try PEMChain.certificates(in: relabelled) == chain)
    }

    @Test func paddingMustBeCanonical() {
        func block(_ body: String) -> [UInt8] { Array("-----BEGIN A-----\n\(body)\n-----END A-----\n".utf8) }
        // "MAA=" is the 2-byte DER 30 00 in canonical form (not a certificate, but framed fine).
        #expect(throws: DcapCertificateError.malformedCertificate) { try PEMChain.certificates(in: block("MAA=")) }
        for body in ["MAA", "MAA==", "MAB=", "M===", "MA=A"] {
            #expect(throws: DcapCertificateError.malformedPEM) { try PEMChain.certificates(in: block(body)) }
        }
    }

    @Test func textWithoutBlocksIsMalformedPEM() {
        #expect(throws: DcapCertificateError.malformedPEM) { try PEMChain.certificates(in: []) }
        #expect(throws: DcapCertificateError.malformedPEM) { try PEMChain.certificates(in: Array("hello\0".utf8)) }
    }

    @Test func onlyAnUnterminatedBlockOrNonBase64IsMalformedPEM() {
        let unterminated = Array("-----BEGIN CERTIFICATE-----\nAAAA\n".utf8)
        #expect(throws: DcapCertificateError.malformedPEM) { try PEMChain.certificates(in: unterminated) }
        let badCharacter = Array("-----BEGIN CERTIFICATE-----\nAA*A\n-----END CERTIFICATE-----\n".utf8)
        #expect(throws: DcapCertificateError.malformedPEM) { try PEMChain.certificates(in: badCharacter) }
        let dataAfterPadding = Array("-----BEGIN CERTIFICATE-----\nAA==AA\n-----END CERTIFICATE-----\n".utf8)
        #expect(throws: DcapCertificateError.malformedPEM) { try PEMChain.certificates(in: dataAfterPadding) }
    }

    @Test func base64OfSomethingElseIsMalformedCertificate() {
        let notDER = Array("-----BEGIN CERTIFICATE-----\naGVsbG8=\n-----END CERTIFICATE-----\n".utf8)
        #expect(throws: DcapCertificateError.malformedCertificate) { try PEMChain.certificates(in: notDER) }
    }

    @Test func anUnparseableBlockAfterTheLeafIsLeftOut() throws {
        let chain = try PEMChain.certificates(in: try CertificateFixtures.quotePCKChain(.sgx))
        let blocks = [
            try CertificateFixtures.der(chain[0]), try CertificateFixtures.der(chain[1]), [0x30, 0x03, 0x02, 0x01],
        ]
        let decoded = try PEMChain.certificates(in: CertificateFixtures.pem(derBlocks: blocks))
        #expect(decoded == Array(chain[0...1]))
        // The SGX sample still verifies with its root copy replaced by garbage (webpki never parses it).
        let store = try CertificateFixtures.trustStore(.sgx)
        _ = try store.verifyChain(
            pem: CertificateFixtures.pem(derBlocks: blocks),
            now: CertificateFixtures.Sample.sgx.now
        )
        // A damaged leaf is fatal.
        let badLeaf = CertificateFixtures.pem(derBlocks: [
            [0x30, 0x03, 0x02, 0x01], try CertificateFixtures.der(chain[1]),
        ])
        #expect(throws: DcapCertificateError.malformedCertificate) { try PEMChain.certificates(in: badLeaf) }
    }
}

extension String {
    /// The string with the last occurrence of `target` replaced (test helper).
    fileprivate func replacingLastOccurrence(of target: String, with replacement: String) -> String {
        guard let range = range(of: target, options: .backwards) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
