import ContractHost
import PhalaPrimitives
import Testing

/// The worker-local cache: quotas counting key + value bytes, expiry on an injected clock.
@Suite struct ContractCacheTests {
    let clock = ManualClock(seconds: 0)
    let contract = AccountId32(FixedBytes(repeating: 7))
    let cache: ContractCache

    init() {
        cache = ContractCache(timeToLive: 100, now: { [clock] in clock.seconds })
    }

    func set(_ key: String, _ value: String) -> Bool {
        (try? cache.set(Array(value.utf8), forKey: Array(key.utf8), of: contract)) != nil
    }

    /// Pink's local_cache size_limit_should_work: quota 10 holds foo+value (8) but not bar+value too;
    /// replacing a value counts only the new one.
    @Test func quotaCountsKeyAndValueBytes() {
        cache.setQuota(10, for: contract)
        #expect(set("foo", "value"))
        #expect(!set("bar", "value"))
        #expect(set("foo", "1234567"))
        #expect(!set("foo", "12345678"))
    }

    /// pink-abi.md §5.2 id 6: a contract without a quota gets 1 byte, and so can store nothing with a key.
    @Test func contractWithoutQuotaCanStoreOneByte() {
        #expect(ContractCache.defaultQuota == 1)
        #expect(!set("k", "v"))
        #expect((try? cache.set([], forKey: [1], of: contract)) != nil)
    }

    /// Entries live `timeToLive` seconds (pink's default 7 days) and expired ones free their space.
    @Test func entriesExpireAndFreeTheirSpace() {
        #expect(ContractCache.defaultTimeToLive == 604_800)
        cache.setQuota(8, for: contract)
        #expect(set("foo", "value"))
        clock.advance(by: 99)
        #expect(cache.value(forKey: Array("foo".utf8), of: contract) == Array("value".utf8))
        clock.advance(by: 1)
        #expect(cache.value(forKey: Array("foo".utf8), of: contract) == nil)
        #expect(set("bar", "value"))
    }

    /// Lowering a quota drops the soonest-expiring entries first (pink's fit_size).
    @Test func loweringTheQuotaDropsSoonestExpiringEntries() {
        cache.setQuota(100, for: contract)
        #expect(set("k0", "v0") && set("k1", "v1") && set("k2", "v2"))
        cache.setExpiration(50, forKey: Array("k1".utf8), of: contract)
        cache.setExpiration(500, forKey: Array("k0".utf8), of: contract)
        cache.setQuota(8, for: contract)
        #expect(cache.value(forKey: Array("k1".utf8), of: contract) == nil)
        #expect(cache.value(forKey: Array("k0".utf8), of: contract) == Array("v0".utf8))
        #expect(cache.value(forKey: Array("k2".utf8), of: contract) == Array("v2".utf8))
    }

    /// Contracts do not see each other's keys; apply() replays recorded operations.
    @Test func contractsAreSeparateAndApplyReplaysOperations() {
        let other = AccountId32(FixedBytes(repeating: 8))
        cache.setQuota(100, for: contract)
        cache.apply(.set(key: [1], value: [2]), for: contract)
        #expect(cache.value(forKey: [1], of: contract) == [2])
        #expect(cache.value(forKey: [1], of: other) == nil)
        cache.apply(.setExpiration(key: [1], expiration: 0), for: contract)
        #expect(cache.value(forKey: [1], of: contract) == nil)
        cache.apply(.set(key: [1], value: [3]), for: contract)
        cache.apply(.remove(key: [1]), for: contract)
        #expect(cache.removeValue(forKey: [1], of: contract) == nil)
    }
}
