import X509

/// What one `DcapVerifier.verify` call has already established, so that checks repeated inside that
/// call run once: the Root CA CRL's signature (checked for the root and again under each chain), the
/// TCB signing certificate and, as a whole, the QE-identity chain (normally the same PEM as the
/// TCB-info chain).
///
/// It only remembers successes, each keyed by everything its outcome depends on, so a lookup gives
/// exactly the result a fresh check would. A memo belongs to one `DcapTrustStore` (chains are
/// remembered by PEM and time only) and lives for one call; it is never shared or kept, so
/// verification stays stateless across calls (as on chain it must be).
struct DcapVerificationMemo {
    /// A signature that verified: the issuer certificate (its key) and the exact signed object.
    private enum VerifiedSignature: Equatable {
        /// A certificate (compared by its TBSCertificate and signature bytes) and its issuer.
        case certificate(Certificate, issuer: Certificate)
        /// A CRL by its `tbsCertList` bytes and DER signature, and its issuer.
        case revocationList(tbs: [UInt8], signature: [UInt8], issuer: Certificate)
    }

    /// A chain that verified at a time, and its leaf.
    private struct VerifiedChain {
        let pem: [UInt8]
        let now: UInt64
        let leaf: Certificate
    }

    // A verification records at most a handful of each, so plain arrays searched in order beat
    // hashing kilobytes of certificate bytes element by element.
    private var signatures: [VerifiedSignature] = []
    private var chains: [VerifiedChain] = []

    /// An empty memo, for one verification.
    init() {}

    /// Whether `issuer` was already found to have signed `certificate` in this call.
    func hasVerified(_ certificate: Certificate, signedBy issuer: Certificate) -> Bool {
        signatures.contains(.certificate(certificate, issuer: issuer))
    }

    /// Records that `issuer`'s signature on `certificate` verified.
    mutating func recordVerified(_ certificate: Certificate, signedBy issuer: Certificate) {
        signatures.append(.certificate(certificate, issuer: issuer))
    }

    /// Whether `issuer` was already found to have signed `crl` in this call.
    func hasVerified(_ crl: CertificateRevocationList, signedBy issuer: Certificate) -> Bool {
        signatures.contains(.revocationList(tbs: crl.tbsBytes, signature: crl.signature, issuer: issuer))
    }

    /// Records that `issuer`'s signature on `crl` verified.
    mutating func recordVerified(_ crl: CertificateRevocationList, signedBy issuer: Certificate) {
        signatures.append(.revocationList(tbs: crl.tbsBytes, signature: crl.signature, issuer: issuer))
    }

    /// The leaf of a chain already verified from exactly these PEM bytes at `now`, if any.
    func verifiedLeaf(pem: [UInt8], now: UInt64) -> Certificate? {
        chains.first { $0.now == now && $0.pem == pem }?.leaf
    }

    /// Records that the chain `pem` verified at `now` with leaf `leaf`.
    mutating func recordVerifiedChain(pem: [UInt8], now: UInt64, leaf: Certificate) {
        chains.append(VerifiedChain(pem: pem, now: now, leaf: leaf))
    }
}
