import PhalaPrimitives
import Testing
import Tokenomics

@Suite struct WorkerEconomicsTests {
    // gk.rs check_tokenomic_numerics (phala-facts.md §10), through ComputingEconomics.
    @Test func checkTokenomicNumerics() throws {
        let params = TokenomicParameters.test
        var gatekeeper = try ComputingEconomics.singleWorker(initialV: U64F64(3000), initialScore: 100)
        let key = ComputingEconomics.firstWorker
        #expect(gatekeeper.worker(key)?.economics?.pBench == U64F64(100))
        #expect(gatekeeper.worker(key)?.economics?.v == (try U64F64(decimal: "3000.00203509369147797934")))

        try gatekeeper.idleBlocks(3600 * 24 / 12)
        #expect(gatekeeper.blockNumber == 7202)
        #expect(gatekeeper.worker(key)?.economics?.v == (try U64F64(decimal: "3014.6899337932040476463")))

        let settlement = try gatekeeper.challengeThenHeartbeat(
            iterations: 110 * 7200 * 12 / 6,
            checkBeforeHeartbeat: {
                #expect($0.worker(key)?.economics?.challengeTimeLast == 24000)
                #expect($0.worker(key)?.economics?.iterationLast == 0)
            }
        )
        let economics = try #require(gatekeeper.worker(key)?.economics)
        #expect(economics.v == U64F64(3000))
        #expect(economics.vDeductible == .zero)
        #expect(economics.vUpdateBlock == 7204)
        #expect(economics.pInstant == (try U64F64(decimal: "109.96945292974173840575")))
        #expect(settlement.v == U64F64(3000).bits)
        #expect(settlement.payout == (try U64F64(decimal: "576424.184820453732333905")).bits)
        #expect(settlement.treasury == (try U64F64(decimal: "144106.0462051134330737112")).bits)

        // A challenge in block 7205 goes unanswered: online through block 7215 (7215 − 7205 ≤ window 10),
        // offline from block 7216, 300 slashed blocks in all.
        try gatekeeper.beginBlock(number: 7205, timestampMs: 7205 * 12000)
        gatekeeper.challenge(seed: ComputingEconomics.hashedID(of: key), onlineTarget: .zero)
        #expect(try gatekeeper.endBlock(params: params) == nil)
        try gatekeeper.idleBlocks(Int(params.heartbeatWindow))
        #expect(gatekeeper.worker(key)?.unresponsive == false)
        try gatekeeper.beginBlock(number: 7216, timestampMs: 7216 * 12000)
        #expect(
            try gatekeeper.endBlock(params: params)
                == WorkingInfoUpdateEvent(blockNumber: 7216, timestampMs: 7216 * 12000, offline: [key])
        )
        try gatekeeper.idleBlocks(3600 / 12 - 1)
        #expect(gatekeeper.blockNumber == 7515)
        #expect(gatekeeper.worker(key)?.economics?.vDeductible == .zero)
        #expect(gatekeeper.worker(key)?.economics?.v == (try U64F64(decimal: "2997.0260877851113935014")))
    }

    // gk.rs should_payout_at_v_max (phala-facts.md §10): V stays capped while v_deductible keeps growing.
    @Test func payoutAtVMaxDeductsTheUncappedGrowth() throws {
        var gatekeeper = try ComputingEconomics.singleWorker(initialV: U64F64(30000), initialScore: 3000)
        try gatekeeper.idleBlocks(7200)
        #expect(gatekeeper.worker(ComputingEconomics.firstWorker)?.economics?.v == U64F64(30000))
        let settlement = try gatekeeper.challengeThenHeartbeat(iterations: 1_000_000, checkBeforeHeartbeat: { _ in })
        let economics = try #require(gatekeeper.worker(ComputingEconomics.firstWorker)?.economics)
        #expect(economics.pInstant.description.hasPrefix("69.425"))
        #expect(economics.v == (try U64F64(decimal: "29855.38985958385856094607")))
        #expect(economics.vDeductible == .zero)
        #expect(settlement.payout == (try U64F64(decimal: "564977.41335989500435977944")).bits)
    }

    // gk.rs test_update_p_instant (phala-facts.md §10).
    @Test func updatePInstantMeasuresAndResetsOnACounterDecrease() throws {
        var worker = WorkerEconomics(pBench: U64F64(100))
        try worker.updatePInstant(nowMs: 100_000, iterations: 1000, contractRunning: false)
        worker.challengeTimeLast = 90_000
        worker.iterationLast = 1000
        #expect(worker.pInstant == U64F64(60))

        try worker.updatePInstant(nowMs: 200_000, iterations: 999, contractRunning: false)
        #expect(worker.pInstant == .zero)
        #expect(worker.iterationLast == 999)
    }

    @Test func pInstantIsCappedAtOnePointTwoTimesTheBenchmark() throws {
        var worker = WorkerEconomics(pBench: U64F64(100))
        try worker.updatePInstant(nowMs: 1000, iterations: 1_000_000, contractRunning: true)
        #expect(worker.pInstant == (try U64F64(100).multiplied(by: U64F64(decimal: "1.2"))))
        #expect(worker.contractRunning)
        #expect(worker.performance == U64F64(100))
        // Not after the last challenge: only the cluster flag changes.
        try worker.updatePInstant(nowMs: 0, iterations: 5, contractRunning: false)
        #expect(worker.pInstant == (try U64F64(100).multiplied(by: U64F64(decimal: "1.2"))))
        #expect(!worker.contractRunning)
    }

    @Test func heartbeatPaysNothingWithoutDeductibleSharesOrNewBlocks() throws {
        let params = TokenomicParameters.test
        let started = WorkerEconomics(
            startedAt: 5,
            nowMs: 60_000,
            initialV: U64F64(1000),
            initialScore: 100,
            confidenceLevel: 1
        )
        var worker = started
        #expect(
            try worker.heartbeatPayout(block: 6, nowMs: 72_000, sumShare: U64F64(1), params: params) == (.zero, .zero)
        )
        #expect(worker == started)  // v_deductible is 0

        try worker.idleStep(params: params)
        let grown = worker
        #expect(try worker.heartbeatPayout(block: 6, nowMs: 72_000, sumShare: .zero, params: params) == (.zero, .zero))
        #expect(
            try worker.heartbeatPayout(block: 5, nowMs: 72_000, sumShare: U64F64(1), params: params) == (.zero, .zero)
        )
        worker.confidenceLevel = 7  // the gatekeeper scores unknown levels 0 …
        worker.v = .zero  // … so with V = 0 the share is 0
        #expect(
            try worker.heartbeatPayout(block: 6, nowMs: 72_000, sumShare: U64F64(1), params: params) == (.zero, .zero)
        )
        #expect(worker.vUpdateBlock == grown.vUpdateBlock)
    }

    @Test func recoveryRestartsThePayoutClockWithoutPaying() throws {
        var worker = WorkerEconomics(
            startedAt: 2,
            nowMs: 24_000,
            initialV: U64F64(1000),
            initialScore: 100,
            confidenceLevel: 1
        )
        try worker.idleStep(params: .test)
        worker.recover(block: 40, nowMs: 480_000)
        #expect(worker.vDeductible == .zero)
        #expect(worker.vUpdateBlock == 40)
        #expect(worker.vUpdateAt == 480_000)
    }

    @Test func gatekeeperConfidenceScores() throws {
        #expect(WorkerEconomics.confidenceScore(level: 128) == .one)
        #expect(WorkerEconomics.confidenceScore(level: 4) == (try U64F64(decimal: "0.8")))
        #expect(WorkerEconomics.confidenceScore(level: 5) == (try U64F64(decimal: "0.7")))
        #expect(WorkerEconomics.confidenceScore(level: 0) == .zero)
        #expect(WorkerEconomics.confidenceScore(level: 6) == .zero)
    }

    @Test func aFailingStepLeavesTheStateUnchanged() throws {
        var params = TokenomicParameters.test
        params.slashRate = U64F64(2)
        var worker = WorkerEconomics(v: U64F64(10))
        let before = worker
        #expect(throws: FixedPointError.underflow) { try worker.slashStep(params: params) }
        #expect(worker == before)
    }
}
