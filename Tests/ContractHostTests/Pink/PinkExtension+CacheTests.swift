import ContractHost
import PhalaPrimitives
import SCALE
import Testing

/// pink-abi.md §5.2 ids 6–9 and §8.2/§8.3: cache in query (direct), transaction (events) and estimating (no-op).
@Suite struct PinkExtensionCacheTests {
    let environment = FakeEnvironment()
    var pink: PinkExtension { PinkExtension(environment: environment) }
    let foo = Array("foo".utf8)

    func grantQuota(to frame: FakeFrame) {
        environment.cache.setQuota(1024, for: frame.contract)
    }

    func get(_ key: [UInt8], _ frame: FakeFrame) throws -> [UInt8]? {
        try decoded(pink.call(.cacheGet, key, frame: frame), as: [UInt8]?.self)
    }

    /// pink-abi.md §8.3 test_set_cache_in_query: set/get, expire 0, set again, remove — all as queries.
    @Test func querySequenceWritesTheCacheDirectly() throws {
        let frame = FakeFrame(.query)
        grantQuota(to: frame)
        #expect(try pink.call(.cacheSet, foo, Array("bar".utf8), frame: frame) == ChainExtensionResult(status: 0, output: []))
        // pink-abi.md §8.3 byte vector: cache_get(foo) after cache_set(foo, bar) → 01 0c 626172 (inside Ok 00).
        #expect(try pink.call(.cacheGet, foo, frame: frame).output == [0x01, 0x0C, 0x62, 0x61, 0x72])
        #expect(try pink.call(.cacheSetExpiration, foo, UInt64(0), frame: frame).output == [])
        #expect(try get(foo, frame) == nil)
        _ = try pink.call(.cacheSet, foo, Array("baz".utf8), frame: frame)
        #expect(try get(foo, frame) == Array("baz".utf8))
        #expect(try decoded(pink.call(.cacheRemove, foo, frame: frame), as: [UInt8]?.self) == Array("baz".utf8))
        #expect(try get(foo, frame) == nil)
        #expect(frame.events.isEmpty)
    }

    /// pink-abi.md §8.2: without a quota (1 byte) cache_set returns status 1 and empty output.
    @Test func cacheSetWithoutQuotaReturnsStatusOne() throws {
        let result = try pink.call(.cacheSet, Array("key".utf8), Array("value".utf8), frame: FakeFrame(.query))
        #expect(result == ChainExtensionResult(status: 1, output: []))
        #expect(PinkFunction.cacheSet.handlesStatus)
    }

    /// pink-abi.md §5.2 id 7: an expiry in seconds, measured on the cache's clock.
    @Test func cacheSetExpirationCountsSecondsFromNow() throws {
        let frame = FakeFrame(.query)
        grantQuota(to: frame)
        _ = try pink.call(.cacheSet, foo, [UInt8]([1]), frame: frame)
        _ = try pink.call(.cacheSetExpiration, foo, UInt64(10), frame: frame)
        environment.clock.advance(by: 9)
        #expect(try get(foo, frame) == [1])
        environment.clock.advance(by: 1)
        #expect(try get(foo, frame) == nil)
    }

    /// pink-abi.md §5.4: the use_cache transaction emits 05 00 0c "key" 14 "value", 05 01 0c "key" 0a00…,
    /// 05 02 0c "key", each under the single pink topic; cache_get and cache_remove answer None.
    @Test func transactionRecordsCacheOperationsAsPinkEvents() throws {
        let frame = FakeFrame(.transaction)
        let key = Array("key".utf8)
        #expect(try pink.call(.cacheSet, key, Array("value".utf8), frame: frame) == ChainExtensionResult(status: 0, output: []))
        #expect(try pink.call(.cacheSetExpiration, key, UInt64(10), frame: frame).output == [])
        #expect(try pink.call(.cacheGet, key, frame: frame).output == [0])
        #expect(try pink.call(.cacheRemove, key, frame: frame).output == [0])
        let expected: [[UInt8]] = [
            [0x05, 0x00, 0x0C] + key + [0x14] + Array("value".utf8),
            [0x05, 0x01, 0x0C] + key + [0x0A, 0, 0, 0, 0, 0, 0, 0],
            [0x05, 0x02, 0x0C] + key,
        ]
        #expect(frame.events.map(\.data) == expected)
        #expect(frame.events.allSatisfy { $0.topics == [PinkEvent.topic] })
        #expect(environment.cache.value(forKey: key, of: frame.contract) == nil)
    }

    /// pink-abi.md §8.3 test_set_cache_in_tx: the worker applies the recorded events and queries see them.
    @Test func appliedTransactionEventsShowInLaterQueries() throws {
        let transaction = FakeFrame(.transaction)
        grantQuota(to: transaction)
        let apply = {
            for event in transaction.events {
                guard case .cacheOperation(let operation) = try PinkEvent(scaleDecoding: event.data) else { continue }
                environment.cache.apply(operation, for: transaction.contract)
            }
            transaction.events.removeAll()
        }
        let query = FakeFrame(.query)
        _ = try pink.call(.cacheSet, foo, Array("bar".utf8), frame: transaction)
        try apply()
        #expect(try get(foo, query) == Array("bar".utf8))
        _ = try pink.call(.cacheSetExpiration, foo, UInt64(0), frame: transaction)
        try apply()
        #expect(try get(foo, query) == nil)
        _ = try pink.call(.cacheSet, foo, Array("baz".utf8), frame: transaction)
        try apply()
        #expect(try get(foo, query) == Array("baz".utf8))
        _ = try pink.call(.cacheRemove, foo, frame: transaction)
        try apply()
        #expect(try get(foo, query) == nil)
    }

    /// pink-abi.md §6.5: estimating uses the transaction backend but cache operations are no-ops.
    @Test func estimatingRecordsNothingAndWritesNothing() throws {
        let frame = FakeFrame(.estimating)
        grantQuota(to: frame)
        #expect(try pink.call(.cacheSet, foo, [UInt8]([1]), frame: frame) == ChainExtensionResult(status: 0, output: []))
        #expect(try pink.call(.cacheSetExpiration, foo, UInt64(5), frame: frame).output == [])
        #expect(try pink.call(.cacheGet, foo, frame: frame).output == [0])
        #expect(try pink.call(.cacheRemove, foo, frame: frame).output == [0])
        #expect(frame.events.isEmpty)
        #expect(environment.cache.value(forKey: foo, of: frame.contract) == nil)
    }
}
