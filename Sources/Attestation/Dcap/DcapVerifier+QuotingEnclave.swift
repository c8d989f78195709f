import Crypto
import X509

extension DcapVerifier {
    /// Step 4: the PCK chain embedded in the quote (certification data type 5) verifies to the root
    /// with CRLs; its leaf's key and SGX extension (16-byte CPUSVN, 6-byte FMSPC).
    static func verifiedPck(
        _ quote: DcapQuote, trustStore: DcapTrustStore, now: UInt64, memo: inout DcapVerificationMemo
    ) throws(DcapVerificationError) -> (key: P256.Signing.PublicKey?, extension: PckCertificateExtension) {
        let signature = quote.signatureData
        guard signature.certificationDataType == QuoteSignatureData.pckChainType else {
            throw .unsupportedCertificationDataType(signature.certificationDataType)
        }
        do throws(DcapCertificateError) {
            let leaf = try trustStore.verifyChain(pem: signature.certificationData, now: now, memo: &memo)
            let pckExtension = try PckCertificateExtension(certificate: leaf)
            return (P256.Signing.PublicKey(leaf.publicKey), pckExtension)
        } catch {
            throw .certificate(chain: .pck, error)
        }
    }

    /// Step 5: the QE report is signed by the PCK leaf key.
    static func checkQeReportSignature(
        _ signature: QuoteSignatureData, key: P256.Signing.PublicKey?
    ) throws(DcapVerificationError) {
        guard isValid(signature: signature.qeReportSignature, over: signature.qeReportBytes, by: key) else {
            throw .invalidQeReportSignature
        }
    }

    /// Step 6: SHA-256(attestation key ‖ QE auth data) is the first half of the QE report's REPORTDATA.
    static func checkAttestationKeyBinding(_ signature: QuoteSignatureData) throws(DcapVerificationError) {
        let digest = Array(SHA256.hash(data: signature.attestationKey + signature.qeAuthData))
        guard Array(signature.qeReport.reportData.prefix(32)) == digest else { throw .qeReportHashMismatch }
    }

    /// Step 7: the QE report matches Intel's QE identity (signer, product, masked MISCSELECT and
    /// ATTRIBUTES, not debug); the first QE TCB level at or below its ISVSVN gives the QE verdict.
    static func qeVerdict(_ report: EnclaveReport, identity: QeIdentity) throws(DcapVerificationError) -> TcbVerdict {
        guard report.mrSigner == identity.mrSigner else { throw .qeIdentityMismatch(field: "mrsigner") }
        guard !report.isDebug else { throw .qeIdentityMismatch(field: "debug") }
        guard report.isvProdID == identity.isvProdID else { throw .qeIdentityMismatch(field: "isvprodid") }
        let miscSelect = (0..<4).map { UInt8(truncatingIfNeeded: report.miscSelect >> (8 * $0)) }
        guard masked(miscSelect, identity.miscSelectMask) == masked(identity.miscSelect, identity.miscSelectMask) else {
            throw .qeIdentityMismatch(field: "miscselect")
        }
        guard masked(report.attributes, identity.attributesMask) == masked(identity.attributes, identity.attributesMask) else {
            throw .qeIdentityMismatch(field: "attributes")
        }
        guard let verdict = EnclaveTcbLevel.firstMatch(in: identity.tcbLevels, isvSvn: report.isvSvn) else {
            throw .qeSvnBelowMinimum(isvSvn: report.isvSvn)
        }
        return verdict
    }

    /// Step 8: the quote signature by the attestation key covers header, descriptor and body.
    static func checkQuoteSignature(_ bytes: [UInt8], _ quote: DcapQuote) throws(DcapVerificationError) {
        let key = try? P256.Signing.PublicKey(rawRepresentation: quote.signatureData.attestationKey)
        guard isValid(signature: quote.signatureData.quoteSignature, over: Array(bytes[..<quote.signedLength]), by: key) else {
            throw .invalidQuoteSignature
        }
    }

    /// `value` AND `mask`, byte by byte (equal lengths are guaranteed by the parsers).
    static func masked(_ value: [UInt8], _ mask: [UInt8]) -> [UInt8] {
        zip(value, mask).map { $0 & $1 }
    }
}
