import Testing

@testable import StateStore

@Suite struct NodeCacheTests {
    private func key(_ byte: UInt8) -> [UInt8] { [UInt8](repeating: byte, count: 32) }
    private func value(_ byte: UInt8) -> [UInt8] { [UInt8](repeating: byte, count: 100) }

    @Test func aFullGenerationAgesAndAHitInTheOlderOneSurvivesTheNextAging() {
        // Each entry costs 100 + 100 bytes; a generation holds 500, so the third insert ages it.
        let cache = NodeCache(capacityBytes: 1000)
        for byte: UInt8 in 1...3 { cache.insert(hash: key(byte), bytes: value(byte)) }
        #expect(cache.node(forHash: key(1)) == value(1))  // found in the older generation, copied back
        cache.insert(hash: key(4), bytes: value(4))
        cache.insert(hash: key(5), bytes: value(5))  // ages again: 2 and 3 are dropped
        #expect(cache.node(forHash: key(1)) == value(1))
        #expect(cache.node(forHash: key(2)) == nil)
        #expect(cache.node(forHash: key(3)) == nil)
        #expect(cache.node(forHash: key(5)) == value(5))
    }

    @Test func aZeroCapacityCacheKeepsNothing() {
        let cache = NodeCache(capacityBytes: 0)
        cache.insert(hash: key(1), bytes: value(1))
        #expect(cache.node(forHash: key(1)) == nil)
    }
}
