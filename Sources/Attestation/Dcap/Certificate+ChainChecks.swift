import SwiftASN1
import X509

extension Certificate {
    /// The certificate's validity period in Unix seconds, read from the signed TBSCertificate bytes.
    ///
    /// swift-certificates exposes the period as Foundation `Date`s (floating point); the chain path
    /// runs on chain and must stay integer-only, so the two `Time` values are re-read here.
    /// - Throws: `.malformedCertificate` if the TBSCertificate has no well-formed validity.
    func validityWindow() throws(DcapCertificateError) -> (notBefore: UInt64, notAfter: UInt64) {
        if let window = Self.validityWindow(skippingTo: tbsCertificateBytes) { return window }
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

    /// The validity period read by stepping over the TBSCertificate's first fields instead of parsing
    /// all of it (extensions included), or nil when anything is unexpected, in which case the full
    /// parse decides. For a parsed certificate the TBSCertificate is valid DER, so both read the same
    /// `validity` element.
    private static func validityWindow(skippingTo tbs: ArraySlice<UInt8>) -> (notBefore: UInt64, notAfter: UInt64)? {
        guard let outer = element(in: tbs, at: tbs.startIndex), outer.tag == 0x30, outer.end == tbs.endIndex else { return nil }
        var position = outer.content.lowerBound
        var field = 0
        while let next = element(in: tbs, at: position), next.end <= outer.content.upperBound {
            // An optional [0] version comes first; then serialNumber, signature, issuer, validity.
            let isVersion = field == 0 && position == outer.content.lowerBound && next.tag & 0xDF == 0x80
            if !isVersion {
                if field == 3 {
                    guard next.tag == 0x30, let validity = try? DER.parse(tbs[position..<next.end]),
                        let times = validity.children(ifTagged: .sequence), times.count == 2,
                        let notBefore = times[0].unixSeconds, let notAfter = times[1].unixSeconds
                    else { return nil }
                    return (notBefore, notAfter)
                }
                field += 1
            }
            position = next.end
        }
        return nil
    }

    /// The DER element starting at `start`: its one-byte tag, content range and end; nil for a
    /// multi-byte tag, an indefinite or over-long length, or one running past `bytes`.
    private static func element(in bytes: ArraySlice<UInt8>, at start: Int) -> (tag: UInt8, content: Range<Int>, end: Int)? {
        guard start < bytes.endIndex, bytes.endIndex - start >= 2 else { return nil }
        let tag = bytes[start]
        guard tag & 0x1F != 0x1F else { return nil }
        let first = bytes[start + 1]
        var length = 0
        var contentStart = start + 2
        if first < 0x80 {
            length = Int(first)
        } else {
            let count = Int(first & 0x7F)
            guard (1...3).contains(count), bytes.endIndex - contentStart >= count else { return nil }
            for index in contentStart..<(contentStart + count) { length = length << 8 | Int(bytes[index]) }
            contentStart += count
        }
        guard bytes.endIndex - contentStart >= length else { return nil }
        return (tag, contentStart..<(contentStart + length), contentStart + length)
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
