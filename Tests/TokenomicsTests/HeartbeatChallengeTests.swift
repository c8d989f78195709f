import PhalaPrimitives
import SCALE
import Testing
import Tokenomics

/// The challenge target and the chain's informational P, against phala-facts.md §3.4 and §3.1.
@Suite struct HeartbeatChallengeTests {
    // phala-facts.md §3.4: computation.rs tests of pow_target.
    @Test func twentyHeartbeatsAmongTwentyWorkersGiveFrac111848AndItsTarget() {
        #expect(HeartbeatChallenge.targetFraction(expectedHeartbeats: 20, onlineWorkers: 20, blockTimeSeconds: 12) == 111_848)
        let target = HeartbeatChallenge.onlineTarget(expectedHeartbeats: 20, onlineWorkers: 20, blockTimeSeconds: 12)
        #expect(target.description == "771946525395830978497002573683960742805751636319313395421818009383503547160")
    }

    @Test func twoHundredThousandWorkersGiveFrac1677AndNoWorkerGivesZero() {
        #expect(HeartbeatChallenge.targetFraction(expectedHeartbeats: 20, onlineWorkers: 200_000, blockTimeSeconds: 12) == 1_677)
        #expect(HeartbeatChallenge.onlineTarget(expectedHeartbeats: 20, onlineWorkers: 0, blockTimeSeconds: 12) == .zero)
        #expect(HeartbeatChallenge.targetFraction(expectedHeartbeats: 20, onlineWorkers: 0, blockTimeSeconds: 12) == nil)
    }

    @Test func u256ReadsHashesBigEndianEncodesLittleEndianAndOrdersByValue() throws {
        let one = try #require(U256(bigEndian: [UInt8](repeating: 0, count: 31) + [1]))
        #expect(one.limbs == [1, 0, 0, 0])
        #expect(one.scaleEncoded() == [1] + [UInt8](repeating: 0, count: 31))
        #expect(try U256(scaleDecoding: U256.max.scaleEncoded()) == .max)
        #expect(one < U256.max && !(U256.max < one) && U256.zero < one)
        #expect(one.xor(.max).description == "115792089237316195423570985008687907853269984665640564039457584007913129639934")
        #expect(U256(bigEndian: [1, 2]) == nil)
        #expect(U256.max.multipliedReportingOverflow(by: 2) == nil)
    }

    // phala-facts.md §3.1: p_init 600; +11,000 iterations over 100 s → 660; +15,000 over 100 s → 900, capped at 720.
    @Test func theChainsInstantScoreIsMeasuredAndCappedAtOnePointTwoTimesTheInitialScore() throws {
        var benchmark = ChainBenchmark(pInit: 600, startTime: 1_000)
        try benchmark.update(nowSeconds: 1_100, iterations: 11_000, challengeTimeMs: 1_100_000)
        #expect(benchmark.pInstant == 660 && benchmark.challengeTimeLast == 1_100)
        try benchmark.update(nowSeconds: 1_200, iterations: 26_000, challengeTimeMs: 1_200_000)
        #expect(benchmark.pInstant == 720)
        try benchmark.update(nowSeconds: 1_300, iterations: 5, challengeTimeMs: 1_300_000)
        #expect(benchmark.pInstant == 0 && benchmark.iterations == 5)
    }

    @Test func aHeartbeatThatDoesNotAdvanceTheClockIsRefusedAndChangesNothing() {
        var benchmark = ChainBenchmark(pInit: 600, startTime: 1_000)
        let before = benchmark
        #expect(throws: ChainBenchmark.UpdateError.timeNotAdvancing(now: 1_000, last: 1_000)) {
            try benchmark.update(nowSeconds: 1_000, iterations: 10, challengeTimeMs: 1_000_000)
        }
        #expect(benchmark == before)
    }
}
