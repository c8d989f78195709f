import X509

/// What one `DcapVerifier.verify` call has already established, so that checks repeated inside that
/// call run once: the Root CA CRL's signature (checked for the root and again under each chain), the
/// TCB signing certificate (the TCB-info and QE-identity chains are normally the same PEM), and the
/// PCK CA's certificate.
///
/// It only remembers successes, each keyed by everything its outcome depends on, so a lookup gives
/// exactly the result a fresh check would. A memo lives for one call and is never shared or kept:
/// verification stays stateless across calls (as on chain it must be).
struct DcapVerificationMemo {
    /// A signature that verified: the issuer certificate (its key) and the exact signed object.
    private struct VerifiedSignature: Hashable {
        /// The object whose signature was checked.
        enum Signed: Hashable {
            /// A certificate (compared by its TBSCertificate and signature bytes).
            case certificate(Certificate)
            /// A CRL by its `tbsCertList` bytes and DER signature.
            case revocationList(tbs: [UInt8], signature: [UInt8])
        }

        let issuer: Certificate
        let signed: Signed
    }

    /// A chain that verified at a time, and its leaf.
    private struct VerifiedChain: Hashable {
        let pem: [UInt8]
        let now: UInt64
    }

    private var signatures: Set<VerifiedSignature> = []
    private var chains: [VerifiedChain: Certificate] = [:]

    /// An empty memo, for one verification.
    init() {}

    /// Whether `issuer` was already found to have signed `certificate` in this call.
    func hasVerified(_ certificate: Certificate, signedBy issuer: Certificate) -> Bool {
        signatures.contains(VerifiedSignature(issuer: issuer, signed: .certificate(certificate)))
    }

    /// Records that `issuer`'s signature on `certificate` verified.
    mutating func recordVerified(_ certificate: Certificate, signedBy issuer: Certificate) {
        signatures.insert(VerifiedSignature(issuer: issuer, signed: .certificate(certificate)))
    }

    /// Whether `issuer` was already found to have signed `crl` in this call.
    func hasVerified(_ crl: CertificateRevocationList, signedBy issuer: Certificate) -> Bool {
        signatures.contains(VerifiedSignature(issuer: issuer, signed: .revocationList(tbs: crl.tbsBytes, signature: crl.signature)))
    }

    /// Records that `issuer`'s signature on `crl` verified.
    mutating func recordVerified(_ crl: CertificateRevocationList, signedBy issuer: Certificate) {
        signatures.insert(VerifiedSignature(issuer: issuer, signed: .revocationList(tbs: crl.tbsBytes, signature: crl.signature)))
    }

    /// The leaf of a chain already verified from exactly these PEM bytes at `now`, if any.
    func verifiedLeaf(pem: [UInt8], now: UInt64) -> Certificate? {
        chains[VerifiedChain(pem: pem, now: now)]
    }

    /// Records that the chain `pem` verified at `now` with leaf `leaf`.
    mutating func recordVerifiedChain(pem: [UInt8], now: UInt64, leaf: Certificate) {
        chains[VerifiedChain(pem: pem, now: now)] = leaf
    }
}
