import Crypto
import X509

/// Everything DCAP certificate checks need: the pinned root and the two CRLs of the collateral; it
/// checks the root itself (dcap.md §2 step 0) and verifies the PCK, TCB-info and QE-identity chains
/// (§2.1) at a caller-supplied time.
///
/// Deterministic: `now` is always passed in, never read from a clock.
struct DcapTrustStore: Sendable {
    /// The trust anchor, normally `IntelRootCA.certificate()`.
    let root: Certificate
    /// The Root CA CRL (`root_ca_crl`); authoritative for the PCK CAs and the TCB signing certificate.
    let rootCaCrl: CertificateRevocationList
    /// The PCK CRL (`pck_crl`) of the Processor or Platform CA; authoritative for PCK leaves.
    let pckCrl: CertificateRevocationList
    /// The DER `root` was parsed from, when known: copies of it in a chain are then skipped unparsed.
    private let rootDER: [UInt8]?

    /// Creates a trust store.
    /// - Parameters:
    ///   - root: the pinned trust anchor (never a root taken from a quote or collateral).
    ///   - rootCaCrl: the parsed Root CA CRL.
    ///   - pckCrl: the parsed PCK CRL.
    init(root: Certificate, rootCaCrl: CertificateRevocationList, pckCrl: CertificateRevocationList) {
        self.root = root
        self.rootCaCrl = rootCaCrl
        self.pckCrl = pckCrl
        rootDER = nil
    }

    /// Creates a trust store whose root's DER is known, so that chains' copies of the root are
    /// recognised by their bytes instead of being parsed (then dropped) in every chain.
    /// - Parameters:
    ///   - root: the pinned trust anchor.
    ///   - rootDER: the exact DER `root` was parsed from (`IntelRootCA.derBytes` for
    ///     `IntelRootCA.certificate()`); any other bytes would make chains drop a certificate unchecked.
    ///   - rootCaCrl: the parsed Root CA CRL.
    ///   - pckCrl: the parsed PCK CRL.
    init(root: Certificate, parsedFrom rootDER: [UInt8], rootCaCrl: CertificateRevocationList, pckCrl: CertificateRevocationList) {
        self.root = root
        self.rootDER = rootDER
        self.rootCaCrl = rootCaCrl
        self.pckCrl = pckCrl
    }

    /// Checks the root against the CRLs (dcap.md §2 step 0): a CRL issued by the root must be present,
    /// signed by it, unexpired (`now < nextUpdate`) and must not list the root's serial.
    /// - Parameter now: verification time in Unix seconds.
    /// - Throws: `.unknownRevocationStatus`, `.badCRLSignature`, `.crlExpired(nextUpdate:)` or `.rootRevoked`.
    func checkRoot(now: UInt64) throws(DcapCertificateError) {
        var memo = DcapVerificationMemo()
        try checkRoot(now: now, memo: &memo)
    }

    /// `checkRoot(now:)`, remembering in `memo` the CRL signature it verified.
    /// - Parameters:
    ///   - now: verification time in Unix seconds.
    ///   - memo: the current verification's memo (belonging to this store).
    /// - Throws: as `checkRoot(now:)`.
    func checkRoot(now: UInt64, memo: inout DcapVerificationMemo) throws(DcapCertificateError) {
        do {
            try checkRevocation(of: root, issuer: root, now: now, memo: &memo)
        } catch .revoked {
            throw .rootRevoked
        }
    }

    /// Verifies a PEM chain to the pinned root at `now` and returns its leaf.
    ///
    /// The chain is leaf first; NULs and whitespace are ignored and a copy of the root inside is never
    /// used as an anchor. Checked: each certificate's validity window (`notBefore <= now <= notAfter`),
    /// ECDSA P-256/SHA-256 signatures, basicConstraints (issuers are CAs, the leaf is not, path length
    /// limits including the root's), and for every non-anchor certificate its authoritative CRL
    /// (issuer name equal, signed by the issuer, `now < nextUpdate`, serial not listed). Paths are
    /// tried in PEM order, at most `maximumPathSteps` of them; the first failure found is reported
    /// when none verifies.
    /// - Parameters:
    ///   - pem: the chain as PEM text (quote certification data or a collateral issuer chain).
    ///   - now: verification time in Unix seconds.
    /// - Returns: the verified leaf certificate.
    /// - Throws: `DcapCertificateError` naming the first failed check.
    func verifyChain(pem: [UInt8], now: UInt64) throws(DcapCertificateError) -> Certificate {
        var memo = DcapVerificationMemo()
        return try verifyChain(pem: pem, now: now, memo: &memo)
    }

    /// `verifyChain(pem:now:)` within one verification: a chain `memo` already holds (same PEM bytes,
    /// same `now`) is not checked again, and signatures it holds are not verified again.
    /// - Parameters:
    ///   - pem: the chain as PEM text.
    ///   - now: verification time in Unix seconds.
    ///   - memo: the current verification's memo (belonging to this store).
    /// - Returns: the verified leaf certificate.
    /// - Throws: as `verifyChain(pem:now:)`.
    func verifyChain(pem: [UInt8], now: UInt64, memo: inout DcapVerificationMemo) throws(DcapCertificateError) -> Certificate {
        if let leaf = memo.verifiedLeaf(pem: pem, now: now) { return leaf }
        let certificates = try PEMChain.certificates(in: pem, omitting: rootDER)
        let intermediates = certificates.dropFirst().filter { $0 != root }
        let leaf = certificates[0]
        try leaf.checkValidity(at: now)
        if case .isCertificateAuthority = try leaf.basicConstraintsValue() { throw .notCertificateAuthority }
        var budget = Self.maximumPathSteps
        try extend(path: [leaf], intermediates: intermediates, now: now, budget: &budget, memo: &memo)
        memo.recordVerifiedChain(pem: pem, now: now, leaf: leaf)
        return leaf
    }

    /// How many partial paths one `verifyChain` may try: Intel's chains need 2, and the cap keeps a
    /// chain of many same-named certificates from making path search exponential (webpki caps it too).
    static let maximumPathSteps = 64

    /// Tries every way to finish `path` (whose last certificate still needs an issuer): the pinned root
    /// first, then each unused intermediate whose subject is that certificate's issuer.
    private func extend(
        path: [Certificate],
        intermediates: [Certificate],
        now: UInt64,
        budget: inout Int,
        memo: inout DcapVerificationMemo
    ) throws(DcapCertificateError) {
        guard budget > 0 else { throw .pathSearchExhausted }
        budget -= 1
        guard let top = path.last else { throw .unknownIssuer }
        var firstFailure: DcapCertificateError?
        if top.issuer == root.subject {
            do {
                try checkIssuer(root, below: path.count - 1)
                try checkSignedPath(path, now: now, memo: &memo)
                return
            } catch {
                firstFailure = error
            }
        }
        for candidate in intermediates where candidate.subject == top.issuer && !path.contains(candidate) {
            do {
                try candidate.checkValidity(at: now)
                try checkIssuer(candidate, below: path.count - 1)
                try extend(path: path + [candidate], intermediates: intermediates, now: now, budget: &budget, memo: &memo)
                return
            } catch .pathSearchExhausted {
                throw .pathSearchExhausted
            } catch {
                if firstFailure == nil { firstFailure = error }
            }
        }
        throw firstFailure ?? .unknownIssuer
    }

    /// Checks that `issuer` is a CA whose path length constraint allows `caCount` CAs below it.
    private func checkIssuer(_ issuer: Certificate, below caCount: Int) throws(DcapCertificateError) {
        guard case .isCertificateAuthority(let maxPathLength) = try issuer.basicConstraintsValue() else {
            throw .notCertificateAuthority
        }
        if let maxPathLength, caCount > maxPathLength { throw .pathLengthExceeded }
    }

    /// Verifies signatures and revocation along a complete path, from the certificate the root issued
    /// down to the leaf (webpki's order).
    private func checkSignedPath(
        _ path: [Certificate], now: UInt64, memo: inout DcapVerificationMemo
    ) throws(DcapCertificateError) {
        var issuer = root
        for (depth, certificate) in path.reversed().enumerated() {
            // Certificates the root issued are collateral, shared by every quote of the platform family.
            let shareable = depth == 0
            if !memo.hasVerified(certificate, signedBy: issuer, shareable: shareable) {
                guard certificate.signatureAlgorithm == .ecdsaWithSHA256, P256.Signing.PublicKey(issuer.publicKey) != nil,
                    issuer.publicKey.isValidSignature(certificate.signature, for: certificate)
                else { throw .badSignature }
                memo.recordVerified(certificate, signedBy: issuer, shareable: shareable)
            }
            try checkRevocation(of: certificate, issuer: issuer, now: now, memo: &memo)
            issuer = certificate
        }
    }

    /// Checks `certificate` against the CRL authoritative for it (its issuer's name, signed by `issuer`).
    private func checkRevocation(
        of certificate: Certificate,
        issuer: Certificate,
        now: UInt64,
        memo: inout DcapVerificationMemo
    ) throws(DcapCertificateError) {
        guard let crl = [rootCaCrl, pckCrl].first(where: { $0.issuer == certificate.issuer }) else {
            throw .unknownRevocationStatus
        }
        if !memo.hasVerified(crl, signedBy: issuer) {
            guard crl.isSigned(by: issuer) else { throw .badCRLSignature }
            memo.recordVerified(crl, signedBy: issuer)
        }
        guard now < crl.nextUpdate else { throw .crlExpired(nextUpdate: crl.nextUpdate) }
        if crl.revokes(certificate.serialNumber) {
            throw .revoked(serial: CertificateRevocationList.magnitude(certificate.serialNumber.bytes))
        }
    }
}
