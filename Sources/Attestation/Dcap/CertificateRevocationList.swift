import Crypto
import SwiftASN1
import X509

/// An X.509 v2 certificate revocation list (RFC 5280 §5), as Intel publishes for its SGX Root CA and
/// PCK CAs; DCAP chain checks consult it for every non-anchor certificate (dcap.md §2.1, §3.4).
///
/// swift-certificates has no CRL type, so the DER is walked here with SwiftASN1:
/// `CertificateList ::= SEQUENCE { tbsCertList, signatureAlgorithm, signatureValue BIT STRING }`,
/// `TBSCertList ::= SEQUENCE { version INTEGER (1) OPTIONAL, signature, issuer Name, thisUpdate Time,
/// nextUpdate Time, revokedCertificates SEQUENCE OF SEQUENCE { serial, date, extensions? } OPTIONAL,
/// [0] crlExtensions OPTIONAL }`. Serials are kept as big-endian magnitudes without leading zero
/// bytes, so a 21-byte entry `00 81 …` matches the 20-byte certificate serial `81 …`.
struct CertificateRevocationList: Sendable, Hashable {
    /// The CA that issued the list; it is authoritative for certificates whose issuer equals this name.
    let issuer: DistinguishedName
    /// When the list was issued, in Unix seconds (not enforced, like dcap-qvl).
    let thisUpdate: UInt64
    /// When the list stops being acceptable, in Unix seconds: it is expired once `now >= nextUpdate`.
    let nextUpdate: UInt64
    /// Serial numbers of revoked certificates, big-endian with leading zero bytes removed, in list order.
    let revokedSerials: [[UInt8]]
    /// The exact DER bytes of `tbsCertList`, which the signature covers.
    let tbsBytes: [UInt8]
    /// The DER `ECDSA-Sig-Value` from the signature BIT STRING.
    let signature: [UInt8]

    /// The OID of ecdsa-with-SHA256 (RFC 5758 §3.2), the only algorithm Intel's CRLs use.
    private static let ecdsaWithSHA256: ASN1ObjectIdentifier = [1, 2, 840, 10045, 4, 3, 2]

    /// Parses a DER-encoded CRL.
    /// - Parameter derEncoded: the CRL as fetched from a PCCS (hex-decoded `root_ca_crl` / `pck_crl`).
    /// - Throws: `DcapCertificateError.malformedCRL` when the bytes are not a v2 CRL signed with
    ///   ecdsa-with-SHA256 with a `nextUpdate`, or carry trailing bytes.
    init(derEncoded: [UInt8]) throws(DcapCertificateError) {
        let list: ASN1Node
        do {
            list = try DER.parse(derEncoded)
        } catch {
            throw .malformedCRL
        }
        guard let outer = list.children(ifTagged: .sequence), outer.count == 3,
            let tbs = outer[0].children(ifTagged: .sequence),
            Self.isECDSAWithSHA256(outer[1]),
            let signatureBits = outer[2].primitiveBytes(ifTagged: .bitString),
            signatureBits.first == 0
        else { throw .malformedCRL }

        var fields = tbs[...]
        if let version = fields.first, version.identifier == .integer {
            guard version.primitiveBytes(ifTagged: .integer) == [1] else { throw .malformedCRL }
            fields = fields.dropFirst()
        }
        guard fields.count >= 4, Self.isECDSAWithSHA256(fields[fields.startIndex]) else { throw .malformedCRL }
        let issuerNode = fields[fields.startIndex + 1]
        guard let thisUpdate = fields[fields.startIndex + 2].unixSeconds,
            let nextUpdate = fields[fields.startIndex + 3].unixSeconds
        else { throw .malformedCRL }
        fields = fields.dropFirst(4)

        var revokedSerials: [[UInt8]] = []
        if let entries = fields.first, entries.identifier == .sequence {
            guard let entryNodes = entries.children(ifTagged: .sequence) else { throw .malformedCRL }
            for entry in entryNodes {
                guard let parts = entry.children(ifTagged: .sequence), parts.count >= 2,
                    let serial = parts[0].primitiveBytes(ifTagged: .integer), !serial.isEmpty
                else { throw .malformedCRL }
                revokedSerials.append(Self.magnitude(serial))
            }
            fields = fields.dropFirst()
        }
        let extensionsTag = ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific)
        if let extensions = fields.first, extensions.identifier == extensionsTag {
            fields = fields.dropFirst()
        }
        guard fields.isEmpty else { throw .malformedCRL }

        do {
            issuer = try DistinguishedName(derEncoded: issuerNode)
        } catch {
            throw .malformedCRL
        }
        self.thisUpdate = thisUpdate
        self.nextUpdate = nextUpdate
        self.revokedSerials = revokedSerials
        tbsBytes = Array(outer[0].encodedBytes)
        signature = Array(signatureBits.dropFirst())
    }

    /// Tells whether `issuer`'s P-256 key signed this list (ECDSA with SHA-256 over `tbsBytes`).
    /// - Parameter issuer: the certificate whose subject issued the list.
    /// - Returns: false for a non-P-256 key or a signature that does not verify.
    func isSigned(by issuer: Certificate) -> Bool {
        guard let key = P256.Signing.PublicKey(issuer.publicKey),
            let ecdsa = try? P256.Signing.ECDSASignature(derRepresentation: signature)
        else { return false }
        return key.isValidSignature(ecdsa, for: SHA256.hash(data: tbsBytes))
    }

    /// Tells whether the list revokes the certificate with `serialNumber` (compared by integer value).
    /// - Parameter serialNumber: a certificate's serial number.
    /// - Returns: true if an entry has the same value.
    func revokes(_ serialNumber: Certificate.SerialNumber) -> Bool {
        revokedSerials.contains(Self.magnitude(serialNumber.bytes))
    }

    /// The DER INTEGER content bytes without leading zero bytes (a positive serial's magnitude).
    static func magnitude(_ integer: ArraySlice<UInt8>) -> [UInt8] {
        Array(integer.drop { $0 == 0 })
    }

    /// Tells whether `node` is an AlgorithmIdentifier for ecdsa-with-SHA256 (parameters absent).
    private static func isECDSAWithSHA256(_ node: ASN1Node) -> Bool {
        guard let parts = node.children(ifTagged: .sequence), parts.count == 1,
            let oid = try? ASN1ObjectIdentifier(derEncoded: parts[0])
        else { return false }
        return oid == ecdsaWithSHA256
    }
}
