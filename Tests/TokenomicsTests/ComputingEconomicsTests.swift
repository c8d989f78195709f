import PhalaPrimitives
import SCALE
import Testing
import Tokenomics

/// The gatekeeper loop's timing and bookkeeping rules (phala-facts.md §3.5), with the test
/// parameters (heartbeat window 10) and blocks 12 s apart.
@Suite struct ComputingEconomicsTests {
    let first = ComputingEconomics.firstWorker
    let second = ComputingEconomics.secondWorker
    let params = TokenomicParameters.test

    /// Runs one block: `begin`, the messages, `end`.
    func block(
        _ gatekeeper: inout ComputingEconomics,
        _ number: UInt32,
        messages: (inout ComputingEconomics) throws -> Void = { _ in }
    ) throws -> WorkingInfoUpdateEvent? {
        try gatekeeper.beginBlock(number: number, timestampMs: ComputingEconomics.timestamp(number))
        try messages(&gatekeeper)
        return try gatekeeper.endBlock(params: params)
    }

    func heartbeat(challengeBlock: UInt32, session: UInt32 = 1) -> WorkingReportEvent {
        .heartbeatV2(
            sessionID: session,
            challengeBlock: challengeBlock,
            challengeTime: ComputingEconomics.timestamp(challengeBlock),
            iterations: 1000,
            clusters: 0,
            contracts: 0
        )
    }

    /// Challenges only `pubkey` in the current block.
    func challengeOnly(_ pubkey: FixedBytes<32>) -> (inout ComputingEconomics) throws -> Void {
        { $0.challenge(seed: ComputingEconomics.hashedID(of: pubkey), onlineTarget: .zero) }
    }

    // §3.5 "Offline deadline": a challenge in block B must be answered in a block ≤ B + W + 1.
    @Test func aHeartbeatInBlockBPlusWindowPlusOneIsStillOnTime() throws {
        var gatekeeper = try ComputingEconomics.singleWorker(initialV: U64F64(3000), initialScore: 100)
        _ = try block(&gatekeeper, 3, messages: challengeOnly(first))
        for number in UInt32(4)...13 { #expect(try block(&gatekeeper, number) == nil) }
        let onTime = try block(&gatekeeper, 14) { [self] in
            try $0.heartbeat(pubkey: first, report: heartbeat(challengeBlock: 3), params: params)
        }
        let event = try #require(onTime)
        #expect(event.offline.isEmpty)
        #expect(event.settle.map(\.pubkey) == [first])
        #expect(gatekeeper.worker(first)?.unresponsive == false)
        #expect(gatekeeper.worker(first)?.waitingHeartbeats == [])
    }

    @Test func aLateWorkerGoesOfflineThenRecoversWithoutPayout() throws {
        var gatekeeper = try ComputingEconomics.singleWorker(initialV: U64F64(3000), initialScore: 100)
        _ = try block(&gatekeeper, 3, messages: challengeOnly(first))
        for number in UInt32(4)...13 { _ = try block(&gatekeeper, number) }
        let beforeOffline = try #require(gatekeeper.worker(first)?.economics)
        let offline = try block(&gatekeeper, 14)  // 14 − 3 > 10
        #expect(offline == WorkingInfoUpdateEvent(blockNumber: 14, timestampMs: 168_000, offline: [first]))
        var slashed = beforeOffline
        try slashed.slashStep(params: params)
        #expect(gatekeeper.worker(first)?.economics == slashed)  // slashed in the block it went offline

        let recovered = try block(&gatekeeper, 15) { [self] in
            try $0.heartbeat(pubkey: first, report: heartbeat(challengeBlock: 3), params: params)
        }
        #expect(recovered == WorkingInfoUpdateEvent(blockNumber: 15, timestampMs: 180_000, recoveredToOnline: [first]))
        let economics = try #require(gatekeeper.worker(first)?.economics)
        #expect(gatekeeper.worker(first)?.unresponsive == false)
        #expect(economics.vDeductible == .zero)
        #expect(economics.vUpdateBlock == 15)
        #expect(economics.vUpdateAt == 180_000)
        #expect(economics.v == slashed.v)  // neither slashed nor grown in the recovery block
    }

    @Test func aHeartbeatForAnotherChallengeIsRefusedAndChangesNothing() throws {
        var gatekeeper = try ComputingEconomics.singleWorker(initialV: U64F64(3000), initialScore: 100)
        _ = try block(&gatekeeper, 3, messages: challengeOnly(first))
        try gatekeeper.beginBlock(number: 4, timestampMs: 48_000)
        let before = gatekeeper
        #expect(throws: ComputingEconomicsError.challengeBlockMismatch(expected: 3, received: 4)) {
            try gatekeeper.heartbeat(pubkey: first, report: heartbeat(challengeBlock: 4), params: params)
        }
        #expect(gatekeeper == before)
        try gatekeeper.heartbeat(pubkey: first, report: heartbeat(challengeBlock: 3), params: params)
        #expect(throws: ComputingEconomicsError.challengeBlockMismatch(expected: nil, received: 3)) {
            try gatekeeper.heartbeat(pubkey: first, report: heartbeat(challengeBlock: 3), params: params)
        }
    }

    @Test func aHeartbeatFromAnotherSessionOnlyPopsTheChallenge() throws {
        var gatekeeper = try ComputingEconomics.singleWorker(initialV: U64F64(3000), initialScore: 100)
        _ = try block(&gatekeeper, 3, messages: challengeOnly(first))
        let event = try block(&gatekeeper, 4) { [self] in
            try $0.heartbeat(pubkey: first, report: heartbeat(challengeBlock: 3, session: 9), params: params)
        }
        #expect(event == nil)
        #expect(gatekeeper.worker(first)?.waitingHeartbeats == [])
        #expect(gatekeeper.worker(first)?.economics?.iterationLast == 0)
    }

    @Test func sumShareLeavesOutUnresponsiveAndStoppedWorkers() throws {
        var gatekeeper = try twoWorkers()
        _ = try block(&gatekeeper, 3, messages: challengeOnly(first))
        for number in UInt32(4)...14 { _ = try block(&gatekeeper, number) }
        #expect(gatekeeper.worker(first)?.unresponsive == true)
        try gatekeeper.beginBlock(number: 15, timestampMs: 180_000)
        let secondEconomics = try #require(gatekeeper.worker(second)?.economics)
        #expect(gatekeeper.sumShare == (try secondEconomics.share()))
        gatekeeper.workerStopped(pubkey: second)
        let finalV = try #require(gatekeeper.worker(second)?.economics?.v)
        let stopped = try gatekeeper.endBlock(params: params)
        #expect(stopped?.settle == [SettleInfo(pubkey: second, v: finalV.bits, payout: 0, treasury: 0)])
        try gatekeeper.beginBlock(number: 16, timestampMs: 192_000)
        #expect(gatekeeper.sumShare == .zero)
    }

    @Test func twoWorkersAnsweringTheSameChallengeSplitTheBudget() throws {
        var gatekeeper = try twoWorkers()
        let event = try block(&gatekeeper, 3) { $0.challenge(seed: .zero, onlineTarget: .max) }
        #expect(event == nil)
        #expect(gatekeeper.challengedWorkers(seed: .zero, onlineTarget: .max) == [first, second])
        try gatekeeper.beginBlock(number: 4, timestampMs: 48_000)
        let firstEconomics = try #require(gatekeeper.worker(first)?.economics)
        let share = try firstEconomics.share()
        #expect(gatekeeper.sumShare == (try share.adding(share)))
        try gatekeeper.heartbeat(pubkey: second, report: heartbeat(challengeBlock: 3), params: params)
        try gatekeeper.heartbeat(pubkey: first, report: heartbeat(challengeBlock: 3), params: params)
        let settled = try gatekeeper.endBlock(params: params)?.settle ?? []
        try #require(settled.count == 2)
        #expect(settled.map(\.pubkey) == [second, first])  // message order
        #expect(settled[0].payout == settled[1].payout)
        // Each worker's budget covers blocks 2…4: share (with the heartbeat's P) / sum_share (taken
        // before either heartbeat) · budget_per_block · 2.
        var measured = firstEconomics
        try measured.updatePInstant(nowMs: 48_000, iterations: 1000, contractRunning: false)
        let budget = try measured.share().divided(by: gatekeeper.sumShare).multiplied(by: params.budgetPerBlock)
            .multiplied(by: U64F64(2))
        #expect(settled[0].treasury == (try budget.multiplied(by: params.treasuryRatio)).bits)
    }

    @Test func challengesSkipPausedAndStoppedWorkersAndSelectByHashedIDXorSeed() throws {
        var gatekeeper = try twoWorkers()
        let seed = ComputingEconomics.hashedID(of: second)
        #expect(gatekeeper.challengedWorkers(seed: seed, onlineTarget: .zero) == [second])
        #expect(ComputingEconomics.isChallenged(pubkey: second, seed: seed, onlineTarget: .zero))
        #expect(!ComputingEconomics.isChallenged(pubkey: first, seed: seed, onlineTarget: .zero))
        gatekeeper.workerEnteredUnresponsive(pubkey: first)
        #expect(gatekeeper.challengedWorkers(seed: .zero, onlineTarget: .max) == [second])
        _ = try block(&gatekeeper, 3) { $0.challenge(seed: .zero, onlineTarget: .max) }
        #expect(gatekeeper.worker(first)?.waitingHeartbeats == [])
        #expect(gatekeeper.worker(second)?.waitingHeartbeats == [3])
        gatekeeper.workerExitedUnresponsive(pubkey: first)
        gatekeeper.workerStopped(pubkey: second)
        #expect(gatekeeper.challengedWorkers(seed: .zero, onlineTarget: .max) == [first])
    }

    @Test func twoInstancesFedTheSameEventsEmitTheSameBytes() throws {
        func run() throws -> [[UInt8]] {
            var gatekeeper = try twoWorkers()
            var encoded: [[UInt8]] = []
            for number in UInt32(3)...40 {
                let event = try block(&gatekeeper, number) { [self] in
                    if number % 7 == 3 { $0.challenge(seed: .zero, onlineTarget: .max) }
                    if number % 7 == 4 {
                        try $0.heartbeat(pubkey: second, report: heartbeat(challengeBlock: number - 1), params: params)
                    }
                }
                if let event {
                    var encoder = ScaleEncoder()
                    encoder.encode(event)
                    encoded.append(encoder.bytes)
                }
            }
            return encoded
        }
        let once = try run()
        #expect(once.count > 3)
        #expect(once == (try run()))
    }

    /// Workers 0x02… then 0x01… registered (confidence 1 and 2), both started at block 2 with V 3000, P 100.
    func twoWorkers() throws -> ComputingEconomics {
        var gatekeeper = ComputingEconomics()
        _ = try block(&gatekeeper, 1) { [self] in
            $0.workerRegistered(pubkey: second, confidenceLevel: 1)
            $0.workerRegistered(pubkey: first, confidenceLevel: 2)
        }
        #expect(gatekeeper.workers.map(\.pubkey) == [first, second])
        _ = try block(&gatekeeper, 2) { [self] in
            $0.workerStarted(pubkey: first, sessionID: 1, initialV: U64F64(3000), initialP: 100)
            $0.workerStarted(pubkey: second, sessionID: 1, initialV: U64F64(3000), initialP: 100)
        }
        return gatekeeper
    }
}
