public import EnclaveAPI
public import PhalaPrimitives

/// Refuses contract queries that were already answered, have expired, or claim to live too long, so
/// an untrusted host cannot make the enclave run one signed query twice.
///
/// It remembers each admitted query's `(origin, nonce)` until the query's `notAfterMillis`; after that
/// the query is refused as expired anyway, so the entry is dropped. Because no query may live longer
/// than `Configuration.maxLifetimeMillis`, at most `Configuration.capacity` live entries are ever
/// kept; when they are all live, new queries are refused until some expire. Pure: the caller passes
/// the current time, in unix milliseconds, to every admission.
public struct QueryReplayGuard: Sendable {
    /// How long a query may live and how many live queries are remembered; plain values.
    ///
    /// | key | type | default | meaning |
    /// |---|---|---|---|
    /// | `maxLifetimeMillis` | `UInt64` | 300 000 (5 min) | the furthest in the future a query's expiry may be |
    /// | `capacity` | `Int` | 100 000 | most live queries remembered at once |
    public struct Configuration: Sendable, Hashable {
        /// The furthest after the current time that a query's `notAfterMillis` may be.
        public var maxLifetimeMillis: UInt64
        /// The most live queries remembered at once; more are refused until some expire (0 refuses all).
        public var capacity: Int

        /// Creates a configuration; every parameter has the default listed in the table above.
        public init(maxLifetimeMillis: UInt64 = 300_000, capacity: Int = 100_000) {
            self.maxLifetimeMillis = maxLifetimeMillis
            self.capacity = capacity
        }
    }

    /// Why a query was refused.
    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        /// The query's expiry has passed.
        case expired(notAfterMillis: UInt64, nowMillis: UInt64)
        /// The query's expiry is further in the future than the configured lifetime allows.
        case expiresTooLate(notAfterMillis: UInt64, latestAcceptedMillis: UInt64)
        /// A query with the same origin and nonce was already admitted.
        case replayed
        /// Every remembered query is still live and there is no room for another.
        case full(capacity: Int)

        /// What was wrong and what to do about it.
        public var description: String {
            switch self {
            case .expired(let notAfter, let now):
                "the query expired at \(notAfter) ms, before now (\(now) ms): "
                    + "send a new query, and check the client's clock"
            case .expiresTooLate(let notAfter, let latest):
                "the query expires at \(notAfter) ms, after the latest accepted \(latest) ms: "
                    + "give it a shorter lifetime, and check the client's clock"
            case .replayed:
                "a query with this origin and nonce was already answered: send a new query with a fresh nonce"
            case .full(let capacity):
                "the worker is answering \(capacity) queries that have not expired yet: retry later"
            }
        }

        /// The refusal as the enclave reports it across the trust boundary.
        public var enclaveError: EnclaveError {
            let kind: ContractQueryRejection =
                switch self {
                case .expired: .expired
                case .expiresTooLate: .expiresTooLate
                case .replayed: .replayed
                case .full: .overloaded
                }
            return .contractQueryRejected(kind, detail: description)
        }
    }

    /// The limits.
    public let configuration: Configuration
    /// The expiry of every remembered query, by origin and nonce.
    private var expiries: [Key: UInt64] = [:]
    /// The remembered queries ordered by expiry, soonest at the root: a binary min-heap.
    private var byExpiry: [Entry] = []

    /// Creates a guard that remembers nothing yet.
    /// - Parameter configuration: the lifetime and capacity limits.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// How many queries are remembered now.
    public var count: Int { expiries.count }

    /// Admits a query once: checks its expiry, refuses a repeat, and remembers it until it expires.
    ///
    /// Forgets every remembered query whose expiry is before `nowMillis` first. A refused query
    /// changes nothing else.
    /// - Parameters:
    ///   - query: the query, its signature already verified.
    ///   - nowMillis: the current time in unix milliseconds.
    /// - Throws: `Refusal.expired` when `nowMillis` is after the query's expiry, `.expiresTooLate`
    ///   when its expiry is more than `maxLifetimeMillis` away, `.replayed` for a repeat, `.full` when
    ///   `capacity` live queries are remembered.
    public mutating func admit(_ query: ContractQuery, nowMillis: UInt64) throws(Refusal) {
        evictExpired(nowMillis: nowMillis)
        guard query.notAfterMillis >= nowMillis else {
            throw .expired(notAfterMillis: query.notAfterMillis, nowMillis: nowMillis)
        }
        let (latest, overflow) = nowMillis.addingReportingOverflow(configuration.maxLifetimeMillis)
        guard overflow || query.notAfterMillis <= latest else {
            throw .expiresTooLate(notAfterMillis: query.notAfterMillis, latestAcceptedMillis: latest)
        }
        let key = Key(origin: query.origin, nonce: query.nonce)
        guard expiries[key] == nil else { throw .replayed }
        guard expiries.count < configuration.capacity else { throw .full(capacity: configuration.capacity) }
        expiries[key] = query.notAfterMillis
        push(Entry(notAfterMillis: query.notAfterMillis, key: key))
    }

    /// Forgets every query that expired before `nowMillis`.
    private mutating func evictExpired(nowMillis: UInt64) {
        while let soonest = byExpiry.first, soonest.notAfterMillis < nowMillis {
            expiries[soonest.key] = nil
            popSoonest()
        }
    }

    /// Adds an entry to the heap.
    private mutating func push(_ entry: Entry) {
        byExpiry.append(entry)
        var child = byExpiry.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard byExpiry[child].notAfterMillis < byExpiry[parent].notAfterMillis else { return }
            byExpiry.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes the heap's root.
    private mutating func popSoonest() {
        let last = byExpiry.removeLast()
        guard !byExpiry.isEmpty else { return }
        byExpiry[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < byExpiry.count, byExpiry[left].notAfterMillis < byExpiry[smallest].notAfterMillis {
                smallest = left
            }
            if right < byExpiry.count, byExpiry[right].notAfterMillis < byExpiry[smallest].notAfterMillis {
                smallest = right
            }
            guard smallest != parent else { return }
            byExpiry.swapAt(parent, smallest)
            parent = smallest
        }
    }

    /// What makes a query unique.
    private struct Key: Hashable, Sendable {
        let origin: AccountId32
        let nonce: FixedBytes<32>
    }

    /// A remembered query in the expiry heap.
    private struct Entry: Sendable {
        let notAfterMillis: UInt64
        let key: Key
    }
}
