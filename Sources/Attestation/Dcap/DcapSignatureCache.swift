import Synchronization
import X509

/// Signatures over collateral that verified, kept across verifications: certificates the pinned root
/// issued (the PCK Platform/Processor CA, the TCB signing certificate), CRLs, and the TCB info and QE
/// identity documents. A network's workers share a handful of collaterals, so from the second
/// registration on, a quote costs only its own three ECDSA checks (PCK leaf, QE report, quote).
///
/// A signature check is a pure function of the bytes, and only successes are kept, each under
/// everything its outcome depends on (the signed bytes, the signature and the key or issuer), so a
/// hit gives exactly the answer a fresh check would: verdicts, failing steps and determinism are
/// unchanged, and no validity window, CRL date or revocation is ever cached. Signatures made per quote
/// are never kept. Bounded: past `capacity` entries it starts again empty.
public final class DcapSignatureCache: Sendable {
    /// One verified signature.
    enum Entry: Hashable, Sendable {
        /// A certificate (by value: its TBSCertificate, algorithm and signature) and its issuer.
        case certificate(Certificate, issuer: Certificate)
        /// A CRL by its `tbsCertList` bytes and DER signature, and its issuer.
        case revocationList(tbs: [UInt8], signature: [UInt8], issuer: Certificate)
        /// A signed JSON document (TCB info, QE identity) by its exact text, raw r‖s signature and the
        /// signer's X9.63 public key.
        case document(text: [UInt8], signature: [UInt8], key: [UInt8])

        /// Hashes the signature alone: it already tells signed objects apart, and hashing whole
        /// certificates or kilobytes of JSON cost more than the lookup saved. Equality still compares all.
        func hash(into hasher: inout Hasher) {
            switch self {
            case .certificate(let certificate, _): hasher.combine(certificate.signature)
            case .revocationList(_, let signature, _), .document(_, let signature, _): hasher.combine(signature)
            }
        }
    }

    /// The cache every verification uses unless told otherwise.
    public static let shared = DcapSignatureCache()

    /// How many entries are kept before the cache empties itself.
    public let capacity: Int
    private let entries = Mutex<Set<Entry>>([])

    /// Creates an empty cache.
    /// - Parameter capacity: entries kept before the cache empties itself (default 512: a few
    ///   collaterals' worth, some kilobytes each).
    public init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// How many verified signatures the cache holds.
    public var count: Int {
        entries.withLock { $0.count }
    }

    /// Whether `entry` verified before.
    func contains(_ entry: Entry) -> Bool {
        entries.withLock { $0.contains(entry) }
    }

    /// Records that `entry` verified.
    func insert(_ entry: Entry) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll() }
            entries.insert(entry)
        }
    }
}
