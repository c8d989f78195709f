public import PhalaPrimitives
import Synchronization

/// The worker-local key/value cache of every contract: off-chain memory that differs between workers
/// and may vanish on restart (pink-abi.md §5.2 ids 6–9).
///
/// Each contract has its own keys and a byte quota counting key + value bytes; a contract without a
/// quota gets `defaultQuota` (1 byte), so it can store nothing. Entries expire `timeToLive` seconds after
/// they are written unless `setExpiration` says otherwise; an expired entry reads as absent and is
/// dropped when space is needed. Time is injected as whole seconds from any fixed origin, so tests run
/// on a manual clock. Thread-safe: one lock guards the whole cache.
public final class ContractCache: Sendable {
    /// Pink's default time to live of a cache entry: 7 days, in seconds.
    public static let defaultTimeToLive: UInt64 = 7 * 24 * 3600
    /// The quota of a contract that was granted none, in bytes.
    public static let defaultQuota = 1

    private struct Entry {
        var value: [UInt8]
        var expiresAt: UInt64
    }

    private struct Storage {
        var quota = ContractCache.defaultQuota
        var size = 0
        var entries: [[UInt8]: Entry] = [:]

        mutating func remove(_ key: [UInt8]) -> [UInt8]? {
            guard let old = entries.removeValue(forKey: key) else { return nil }
            size -= key.count + old.value.count
            return old.value
        }

        mutating func removeExpired(now: UInt64) {
            for (key, entry) in entries where entry.expiresAt <= now { _ = remove(key) }
        }

        /// Drops entries, soonest-expiring first (ties by key, so the result never depends on hashing),
        /// until the contents fit the quota.
        mutating func fitQuota() {
            guard size > quota else { return }
            let order = entries.sorted { first, second in
                first.value.expiresAt != second.value.expiresAt
                    ? first.value.expiresAt < second.value.expiresAt
                    : first.key.lexicographicallyPrecedes(second.key)
            }
            for (key, _) in order where size > quota { _ = remove(key) }
        }
    }

    private let timeToLive: UInt64
    private let now: @Sendable () -> UInt64
    private let storages = Mutex<[AccountId32: Storage]>([:])

    /// Creates an empty cache.
    /// - Parameters:
    ///   - timeToLive: seconds a new entry lives; pink's default is 7 days.
    ///   - now: the current time in whole seconds since any fixed origin (monotonic is best).
    public init(timeToLive: UInt64 = ContractCache.defaultTimeToLive, now: @escaping @Sendable () -> UInt64) {
        self.timeToLive = timeToLive
        self.now = now
    }

    /// Grants `contract` a quota of `bytes` (key + value bytes), dropping its soonest-expiring entries
    /// when it already holds more.
    /// - Parameters:
    ///   - bytes: the new quota; 0 empties the contract's cache.
    ///   - contract: the contract the quota is for.
    public func setQuota(_ bytes: Int, for contract: AccountId32) {
        storages.withLock { storages in
            storages[contract, default: Storage()].quota = max(bytes, 0)
            storages[contract]?.fitQuota()
        }
    }

    /// Stores `value` under `key` for `contract`, replacing any old value, with the default time to live.
    /// - Parameters:
    ///   - value: the bytes to store.
    ///   - key: the key.
    ///   - contract: whose cache.
    /// - Throws: `StorageQuotaExceeded` when the contract's live entries plus this one exceed its quota;
    ///   the old value under `key` is gone either way, as in pink.
    public func set(_ value: [UInt8], forKey key: [UInt8], of contract: AccountId32) throws(StorageQuotaExceeded) {
        let time = now()
        let stored = storages.withLock { storages -> Bool in
            var storage = storages[contract, default: Storage()]
            defer { storages[contract] = storage }
            _ = storage.remove(key)
            let needed = key.count + value.count
            if storage.size + needed > storage.quota {
                storage.removeExpired(now: time)
                guard storage.size + needed <= storage.quota else { return false }
            }
            storage.size += needed
            storage.entries[key] = Entry(value: value, expiresAt: Self.time(time, plus: timeToLive))
            return true
        }
        guard stored else { throw StorageQuotaExceeded() }
    }

    /// The live value under `key` for `contract`, or nil when absent or expired.
    /// - Parameters:
    ///   - key: the key.
    ///   - contract: whose cache.
    /// - Returns: the stored bytes.
    public func value(forKey key: [UInt8], of contract: AccountId32) -> [UInt8]? {
        let time = now()
        return storages.withLock { storages in
            guard let entry = storages[contract]?.entries[key], entry.expiresAt > time else { return nil }
            return entry.value
        }
    }

    /// Makes `key` expire `seconds` from now; 0 removes it. A missing key is left missing.
    /// - Parameters:
    ///   - seconds: the new time to live.
    ///   - key: the key.
    ///   - contract: whose cache.
    public func setExpiration(_ seconds: UInt64, forKey key: [UInt8], of contract: AccountId32) {
        guard seconds > 0 else {
            _ = removeValue(forKey: key, of: contract)
            return
        }
        let time = now()
        let expiresAt = Self.time(time, plus: seconds)
        storages.withLock { storages in
            storages[contract]?.entries[key]?.expiresAt = expiresAt
        }
    }

    /// Removes `key` from `contract`'s cache.
    /// - Parameters:
    ///   - key: the key.
    ///   - contract: whose cache.
    /// - Returns: the value that was stored, even if it had expired, or nil.
    public func removeValue(forKey key: [UInt8], of contract: AccountId32) -> [UInt8]? {
        storages.withLock { storages in storages[contract]?.remove(key) }
    }

    /// `time + seconds`, saturating: a huge time to live means "never expires".
    private static func time(_ time: UInt64, plus seconds: UInt64) -> UInt64 {
        let (sum, overflow) = time.addingReportingOverflow(seconds)
        return overflow ? .max : sum
    }

    /// Applies a cache operation a committed transaction recorded (`PinkEvent.cacheOperation`).
    ///
    /// A `set` over quota is dropped silently, as the worker does: the transaction has long returned.
    /// - Parameters:
    ///   - operation: the recorded operation.
    ///   - contract: the contract that emitted it.
    public func apply(_ operation: CacheOp, for contract: AccountId32) {
        switch operation {
        case .set(let key, let value): try? set(value, forKey: key, of: contract)
        case .setExpiration(let key, let expiration): setExpiration(expiration, forKey: key, of: contract)
        case .remove(let key): _ = removeValue(forKey: key, of: contract)
        }
    }
}
