import ContractHost
import PhalaPrimitives
import SCALE
import Testing

/// pink-abi.md §8.3 test_set_cache_in_query and test_set_cache_in_tx with our C checker: a query writes the
/// worker-local cache directly; a transaction records CacheOp pink events (§5.4) that the worker applies
/// after commit, which these tests do themselves.
@Suite struct CheckerCacheConformanceTests {
    let foo = Array("foo".utf8)
    let bar = Array("bar".utf8)
    let baz = Array("baz".utf8)

    /// The pink event a transaction's cache operation records: PinkEvent::CacheOp (5) ‖ CacheOp.
    func cacheEvent(_ checker: DeployedChecker, _ operation: [UInt8]) -> ContractEvent {
        ContractEvent(contract: checker.address, topics: [PinkEvent.topic], data: [0x05] + operation)
    }

    @Test func queriesWriteTheCacheDirectly() throws {
        let checker = try DeployedChecker()
        #expect(try checker.reply("cache_get", foo, mode: .query) == [0, 0])
        #expect(try checker.reply("cache_set", foo, bar, mode: .query) == [0, 1])
        // §8.3 byte vector: cache_get(foo) after cache_set(foo, bar) → 00 01 0c 626172.
        #expect(try checker.reply("cache_get", foo, mode: .query) == [0x00, 0x01, 0x0c, 0x62, 0x61, 0x72])
        #expect(try checker.reply("cache_set_expiration", foo, UInt64(0), mode: .query) == [0])
        #expect(try checker.reply("cache_get", foo, mode: .query) == [0, 0])
        #expect(try checker.reply("cache_set", foo, baz, mode: .query) == [0, 1])
        #expect(try checker.reply("cache_get", foo, mode: .query) == [0, 1] + baz.scaleEncoded())
        #expect(try checker.reply("cache_remove", foo, mode: .query) == [0, 1] + baz.scaleEncoded())
        #expect(try checker.reply("cache_get", foo, mode: .query) == [0, 0])
        #expect(try checker.reply("cache_remove", foo, mode: .query) == [0, 0])
    }

    @Test func transactionsRecordCacheOperationsThatTheWorkerApplies() throws {
        let checker = try DeployedChecker()
        let set = try checker.call("cache_set", foo, bar, mode: .transaction)
        #expect(set.successData == [0, 1])
        // §5.4: 05 00 ‖ key ‖ value.
        #expect(set.changes.events == [cacheEvent(checker, [0x00, 0x0c] + foo + [0x0c] + bar)])
        #expect(checker.environment.cache.value(forKey: foo, of: checker.address) == nil)
        // A transaction reads None whatever the cache holds.
        #expect(try checker.reply("cache_get", foo, mode: .transaction) == [0, 0])
        #expect(try checker.environment.applyCacheOperations(of: set) == [.set(key: foo, value: bar)])
        #expect(try checker.reply("cache_get", foo, mode: .query) == [0x00, 0x01, 0x0c, 0x62, 0x61, 0x72])
        #expect(try checker.reply("cache_get", foo, mode: .transaction) == [0, 0])

        let expire = try checker.call("cache_set_expiration", foo, UInt64(0), mode: .transaction)
        #expect(expire.successData == [0])
        #expect(expire.changes.events == [cacheEvent(checker, [0x01, 0x0c] + foo + [UInt8](repeating: 0, count: 8))])
        try checker.environment.applyCacheOperations(of: expire)
        #expect(try checker.reply("cache_get", foo, mode: .query) == [0, 0])

        try checker.environment.applyCacheOperations(of: try checker.call("cache_set", foo, baz, mode: .transaction))
        #expect(try checker.reply("cache_get", foo, mode: .query) == [0, 1] + baz.scaleEncoded())

        let remove = try checker.call("cache_remove", foo, mode: .transaction)
        // A transaction's cache_remove answers None and records 05 02 ‖ key.
        #expect(remove.successData == [0, 0])
        #expect(remove.changes.events == [cacheEvent(checker, [0x02, 0x0c] + foo)])
        #expect(try checker.reply("cache_get", foo, mode: .query) == [0, 1] + baz.scaleEncoded())
        try checker.environment.applyCacheOperations(of: remove)
        #expect(try checker.reply("cache_get", foo, mode: .query) == [0, 0])
    }

    /// §5.2 id 6: an estimate's cache operations are no-ops and record nothing.
    @Test func estimatesRecordNoCacheOperations() throws {
        let checker = try DeployedChecker()
        let estimate = try checker.call("cache_set", foo, bar, mode: .estimating)
        #expect(estimate.successData == [0, 1])
        #expect(estimate.changes.events.isEmpty)
    }

    /// §5.2 id 6: beyond the quota cache_set fails with status 1 (StorageQuotaExceeded), which checker
    /// reports as false.
    @Test func aValueBeyondTheQuotaIsRefused() throws {
        let checker = try DeployedChecker()
        let large = [UInt8](repeating: 7, count: 2000)
        #expect(try checker.reply("cache_set", foo, large, mode: .query) == [0, 0])
        #expect(try checker.reply("cache_get", foo, mode: .query) == [0, 0])
    }
}
