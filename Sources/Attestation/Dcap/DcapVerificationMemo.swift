import X509

/// What one `DcapVerifier.verify` call has already established, so that checks repeated inside that
/// call run once: the Root CA CRL's signature (checked for the root and again under each chain), the
/// TCB signing certificate and, as a whole, the QE-identity chain (normally the same PEM as the
/// TCB-info chain).
///
/// It only remembers successes, each keyed by everything its outcome depends on, so a lookup gives
/// exactly the result a fresh check would. A memo belongs to one `DcapTrustStore` (chains are
/// remembered by PEM and time only) and lives for one call. Collateral signatures (marked shareable by
/// the caller) also go to, and are looked up in, a `DcapSignatureCache` that outlives the call; that
/// cache holds signature outcomes only, never anything that depends on time.
struct DcapVerificationMemo {
    typealias VerifiedSignature = DcapSignatureCache.Entry

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
    private let shared: DcapSignatureCache?

    /// An empty memo, for one verification.
    /// - Parameter shared: the cache of collateral signatures to consult and fill, if any.
    init(sharing shared: DcapSignatureCache? = nil) {
        self.shared = shared
    }

    /// Whether `issuer` was already found to have signed `certificate` in this call or, when
    /// `shareable`, in an earlier one.
    func hasVerified(_ certificate: Certificate, signedBy issuer: Certificate, shareable: Bool) -> Bool {
        has(.certificate(certificate, issuer: issuer), shareable: shareable)
    }

    /// Records that `issuer`'s signature on `certificate` verified; `shareable` ones also for later calls.
    mutating func recordVerified(_ certificate: Certificate, signedBy issuer: Certificate, shareable: Bool) {
        record(.certificate(certificate, issuer: issuer), shareable: shareable)
    }

    /// Whether `issuer` was already found to have signed `crl`, in this call or an earlier one.
    func hasVerified(_ crl: CertificateRevocationList, signedBy issuer: Certificate) -> Bool {
        has(.revocationList(tbs: crl.tbsBytes, signature: crl.signature, issuer: issuer), shareable: true)
    }

    /// Records that `issuer`'s signature on `crl` verified.
    mutating func recordVerified(_ crl: CertificateRevocationList, signedBy issuer: Certificate) {
        record(.revocationList(tbs: crl.tbsBytes, signature: crl.signature, issuer: issuer), shareable: true)
    }

    /// Whether signatures are also looked up in, and kept for, later calls.
    var sharesSignatures: Bool { shared != nil }

    /// Whether the raw signature over the document `text` by the X9.63 `key` verified in an earlier
    /// call (each document is checked once per call, so only the shared cache is asked).
    func hasVerified(document text: [UInt8], signature: [UInt8], key: [UInt8]) -> Bool {
        shared?.contains(.document(text: text, signature: signature, key: key)) == true
    }

    /// Records for later calls that the raw signature over the document `text` by the X9.63 `key` verified.
    func recordVerified(document text: [UInt8], signature: [UInt8], key: [UInt8]) {
        shared?.insert(.document(text: text, signature: signature, key: key))
    }

    private func has(_ entry: VerifiedSignature, shareable: Bool) -> Bool {
        signatures.contains(entry) || (shareable && shared?.contains(entry) == true)
    }

    private mutating func record(_ entry: VerifiedSignature, shareable: Bool) {
        signatures.append(entry)
        if shareable { shared?.insert(entry) }
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
