import SwiftASN1
import X509

extension Certificate {
    /// The certificate's validity period in Unix seconds, read from the signed TBSCertificate bytes.
    ///
    /// swift-certificates exposes the period as Foundation `Date`s (floating point); the chain path
    /// runs on chain and must stay integer-only, so the two `Time` values are re-read here.
    /// - Throws: `.malformedCertificate` if the TBSCertificate has no well-formed validity.
    func validityWindow() throws(DcapCertificateError) -> (notBefore: UInt64, notAfter: UInt64) {
        let root: ASN1Node
        do {
            root = try DER.parse(tbsCertificateBytes)
        } catch {
            throw .malformedCertificate
        }
        // TBSCertificate: [0] version (optional), serialNumber, signature, issuer, validity, …
        guard var fields = root.children(ifTagged: .sequence), !fields.isEmpty else { throw .malformedCertificate }
        if fields[0].identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) {
            fields.removeFirst()
        }
        guard fields.count > 3, let validity = fields[3].children(ifTagged: .sequence), validity.count == 2,
            let notBefore = validity[0].unixSeconds, let notAfter = validity[1].unixSeconds
        else { throw .malformedCertificate }
        return (notBefore, notAfter)
    }

    /// Checks that `now` lies inside the validity period, bounds included (webpki semantics).
    /// - Throws: `.notYetValid`, `.expired`, or `.malformedCertificate`.
    func checkValidity(at now: UInt64) throws(DcapCertificateError) {
        let window = try validityWindow()
        if now < window.notBefore { throw .notYetValid }
        if now > window.notAfter { throw .expired }
    }
}

extension Certificate {
    /// The certificate's basicConstraints; a certificate without the extension is not a CA.
    /// - Throws: `.malformedCertificate` if the extension does not parse.
    func basicConstraintsValue() throws(DcapCertificateError) -> BasicConstraints {
        do {
            return try extensions.basicConstraints ?? .notCertificateAuthority
        } catch {
            throw .malformedCertificate
        }
    }
}
