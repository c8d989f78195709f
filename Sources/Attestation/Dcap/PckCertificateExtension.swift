import SwiftASN1
import X509

/// The platform facts Intel certifies in a PCK leaf's SGX extension (OID 1.2.840.113741.1.13.1,
/// dcap.md §3.5): the PCK certificate's CPUSVN and PCESVN select the platform's TCB level, its FMSPC
/// selects the TCB info, and its PPID identifies the platform in the verified report.
///
/// The extension value is `SEQUENCE OF SEQUENCE { OID, value }`; the TCB entry (.2) nests the same
/// shape. Entries this type does not read (.6 platform instance ID, .7 configuration, the sixteen
/// per-component INTEGERs .2.1–.2.16) are allowed and ignored.
struct PckCertificateExtension: Sendable, Hashable {
    /// The platform provisioning ID (OID .1, 16 bytes), reported as `ppid`.
    var ppid: [UInt8]
    /// The CPU security version the certificate was issued for (OID .2.18, 16 bytes); used for TCB matching.
    var cpuSvn: [UInt8]
    /// The provisioning certification enclave's security version (OID .2.17); used for TCB matching.
    var pceSvn: UInt16
    /// The family-model-stepping-platform-custom SKU (OID .4, 6 bytes); must equal the TCB info's `fmspc`.
    var fmspc: [UInt8]
    /// The PCE identifier (OID .3, 2 bytes); informational.
    var pceID: [UInt8]
    /// The SGX type (OID .5): 0 standard, 1 scalable, 2 scalable with integrity; informational.
    var sgxType: UInt8

    /// The SGX extension's OID, 1.2.840.113741.1.13.1.
    static let extensionOID: ASN1ObjectIdentifier = [1, 2, 840, 113_741, 1, 13, 1]

    /// Reads the SGX extension of a PCK leaf certificate.
    /// - Parameter certificate: the PCK leaf (first certificate of the PCK chain).
    /// - Throws: `DcapCertificateError.missingSGXExtension` when the certificate has no SGX extension;
    ///   `.malformedSGXExtension(field:)` naming the first entry that is missing or malformed.
    init(certificate: Certificate) throws(DcapCertificateError) {
        guard let sgxExtension = certificate.extensions[oid: Self.extensionOID] else { throw .missingSGXExtension }
        let root: ASN1Node
        do {
            root = try DER.parse(sgxExtension.value)
        } catch {
            throw .malformedSGXExtension(field: "extension")
        }
        let entries = try Self.entries(in: root, field: "extension")
        let tcb = try Self.entries(in: Self.value(of: [2], in: entries, field: "TCB"), field: "TCB")

        ppid = try Self.octets(of: [1], in: entries, count: 16, field: "PPID")
        cpuSvn = try Self.octets(of: [2, 18], in: tcb, count: 16, field: "CPUSVN")
        pceID = try Self.octets(of: [3], in: entries, count: 2, field: "PCE ID")
        fmspc = try Self.octets(of: [4], in: entries, count: 6, field: "FMSPC")
        do {
            pceSvn = try UInt16(derEncoded: Self.value(of: [2, 17], in: tcb, field: "PCESVN"))
        } catch {
            throw .malformedSGXExtension(field: "PCESVN")
        }
        do {
            let node = try Self.value(of: [5], in: entries, field: "SGX type")
            sgxType = try UInt8(derEncoded: node, withIdentifier: .enumerated)
        } catch {
            throw .malformedSGXExtension(field: "SGX type")
        }
    }

    /// Reads a parsed `SEQUENCE OF SEQUENCE { OID, value }` as (OID, value) pairs.
    private static func entries(
        in root: ASN1Node,
        field: String
    ) throws(DcapCertificateError) -> [(oid: ASN1ObjectIdentifier, value: ASN1Node)] {
        guard let items = root.children(ifTagged: .sequence) else { throw .malformedSGXExtension(field: field) }
        var result: [(oid: ASN1ObjectIdentifier, value: ASN1Node)] = []
        for item in items {
            guard let pair = item.children(ifTagged: .sequence), pair.count == 2,
                let oid = try? ASN1ObjectIdentifier(derEncoded: pair[0])
            else { throw .malformedSGXExtension(field: field) }
            result.append((oid, pair[1]))
        }
        return result
    }

    /// The value of the single entry whose OID is the SGX extension OID followed by `suffix`.
    private static func value(
        of suffix: [UInt],
        in entries: [(oid: ASN1ObjectIdentifier, value: ASN1Node)],
        field: String
    ) throws(DcapCertificateError) -> ASN1Node {
        // DER OIDs have one (minimal) encoding, so comparing encodings compares components without
        // decoding every entry's OID for every lookup.
        guard let target = try? ASN1ObjectIdentifier(elements: extensionOID.oidComponents + suffix) else {
            throw .malformedSGXExtension(field: field)
        }
        let matches = entries.filter { $0.oid == target }
        guard matches.count == 1 else { throw .malformedSGXExtension(field: field) }
        return matches[0].value
    }

    /// The bytes of an OCTET STRING entry that must be exactly `count` long.
    private static func octets(
        of suffix: [UInt],
        in entries: [(oid: ASN1ObjectIdentifier, value: ASN1Node)],
        count: Int,
        field: String
    ) throws(DcapCertificateError) -> [UInt8] {
        let node = try value(of: suffix, in: entries, field: field)
        guard let bytes = node.primitiveBytes(ifTagged: .octetString), bytes.count == count else {
            throw .malformedSGXExtension(field: field)
        }
        return Array(bytes)
    }
}
