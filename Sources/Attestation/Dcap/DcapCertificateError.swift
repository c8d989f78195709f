/// Why a DCAP certificate, certificate chain, revocation list or PCK extension was not accepted.
///
/// The cases mirror the errors dcap-qvl reports through its rustls-webpki fork (dcap.md §2.1), so a
/// verdict can be compared with the Python reference case by case.
public enum DcapCertificateError: Swift.Error, Sendable, Hashable, CustomStringConvertible {
    /// The PEM text holds no `CERTIFICATE` block, or a block is not valid base64.
    case malformedPEM
    /// A certificate's DER does not parse as an X.509 certificate.
    case malformedCertificate
    /// A revocation list's DER does not parse as an X.509 v2 CRL (RFC 5280 §5.1).
    case malformedCRL
    /// The authoritative CRL's `nextUpdate` (Unix seconds) is at or before `now`.
    case crlExpired(nextUpdate: UInt64)
    /// No supplied CRL is issued by the certificate's issuer, so its revocation status is unknown.
    case unknownRevocationStatus
    /// The certificate's serial number (big-endian, leading zeros removed) is listed in its issuer's CRL.
    case revoked(serial: [UInt8])
    /// `now` is after a certificate's `notAfter`.
    case expired
    /// `now` is before a certificate's `notBefore`.
    case notYetValid
    /// A certificate's ECDSA P-256/SHA-256 signature does not verify with its issuer's key.
    case badSignature
    /// A CRL's ECDSA P-256/SHA-256 signature does not verify with its issuer's key.
    case badCRLSignature
    /// No certificate in the chain, nor the pinned root, issued a certificate of the chain.
    case unknownIssuer
    /// An issuing certificate is not a CA, or the leaf claims to be one.
    case notCertificateAuthority
    /// More CA certificates sit below an issuer than its `pathLenConstraint` allows.
    case pathLengthExceeded
    /// The PCK leaf has no Intel SGX extension (OID 1.2.840.113741.1.13.1).
    case missingSGXExtension
    /// The SGX extension's `field` entry is missing or has the wrong type or length.
    case malformedSGXExtension(field: String)
    /// The pinned root's own serial number is listed in the Root CA CRL.
    case rootRevoked
    /// The chain offers so many same-named issuers that path search gave up before finding a path.
    case pathSearchExhausted

    /// What was wrong and what to do.
    public var description: String {
        switch self {
        case .malformedPEM:
            "the certificate chain is not PEM text with CERTIFICATE blocks; pass the chain exactly as Intel's PCS returns it"
        case .malformedCertificate:
            "a certificate of the chain is not valid X.509 DER; pass the chain exactly as Intel's PCS returns it"
        case .malformedCRL:
            "a revocation list is not a valid X.509 v2 CRL; fetch root_ca_crl and pck_crl again from a PCCS"
        case .crlExpired(let nextUpdate):
            "the revocation list expired at \(nextUpdate) (Unix seconds); fetch fresh collateral"
        case .unknownRevocationStatus:
            "no revocation list is issued by the certificate's issuer; supply the PCK CRL of the CA that issued the PCK certificate (processor or platform)"
        case .revoked(let serial):
            "certificate serial \(serial.reduce(into: "") { $0 += String($1 >> 4, radix: 16) + String($1 & 0x0F, radix: 16) }) is revoked by Intel; the platform cannot be trusted"
        case .expired:
            "a certificate of the chain has expired at the verification time"
        case .notYetValid:
            "a certificate of the chain is not yet valid at the verification time"
        case .badSignature:
            "a certificate's signature does not verify with its issuer's P-256 key; the chain is forged or corrupted"
        case .badCRLSignature:
            "a revocation list's signature does not verify with its issuer's P-256 key; fetch it again from a PCCS"
        case .unknownIssuer:
            "the chain does not lead to the pinned Intel SGX Root CA; pass the chain Intel issued"
        case .notCertificateAuthority:
            "a certificate acts as an issuer without being a CA, or the leaf is a CA; pass the chain Intel issued"
        case .pathLengthExceeded:
            "the chain is longer than an issuer's path length constraint allows; pass the chain Intel issued"
        case .missingSGXExtension:
            "the PCK certificate has no Intel SGX extension (1.2.840.113741.1.13.1); pass an Intel PCK certificate"
        case .malformedSGXExtension(let field):
            "the PCK certificate's SGX extension has a missing or malformed \(field); pass an Intel PCK certificate"
        case .rootRevoked:
            "the Intel SGX Root CA is listed in its own revocation list; no quote can be trusted"
        case .pathSearchExhausted:
            "the chain holds too many candidate issuers to search; pass only the chain Intel issued (leaf, PCK CA, root)"
        }
    }
}
