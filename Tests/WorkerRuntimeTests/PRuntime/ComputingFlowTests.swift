import EnclaveAPI
import Messaging
import PalletComputation
import PalletStakePools
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing
import Tokenomics

/// Computation end to end: a stake pool's worker and two gatekeepers, real enclaves on a real runtime
/// chain, with nothing between them but the host's relaying (`ComputingNetwork`). Serialized: each test
/// runs three enclaves and a benchmark thread, and the machine's cores are few.
@Suite(.serialized) struct ComputingFlowTests {
    @Test func aChallengedPoolWorkerIsSettledIdenticallyByBothGatekeepersAndThePoolIsPaid() async throws {
        var world = try await ComputingNetwork.started()
        defer { world.network.cleanUp() }
        let started = try await world.workerStatus()
        #expect(started.state == .computing && started.sessionID == world.sessionID)
        #expect(try world.network.read(Computation.Storage.nextSessionId.key) == world.sessionID + 1)

        // The benchmark thread needs wall-clock time to count the iterations the heartbeat reports.
        try await Task.sleep(for: .milliseconds(300))
        let challenged = try await world.stepUntilChallenged()
        let challenge = try #require(try world.challenge(in: challenged))
        #expect(
            ComputingEconomics.isChallenged(
                pubkey: world.worker,
                seed: challenge.seed,
                onlineTarget: challenge.onlineTarget
            )
        )
        let heartbeats = try await world.pendingHeartbeats()
        #expect(heartbeats.count == 1)
        guard case .heartbeatV2(let sessionID, let block, _, let iterations, _, _)? = heartbeats.first else {
            Issue.record("the worker answered with \(heartbeats), not one HeartbeatV2")
            return
        }
        #expect(sessionID == world.sessionID && block == UInt32(challenged) && iterations > 0)
        #expect(try await world.workerStatus().lastChallengeBlock == UInt32(challenged))

        // The next block carries the heartbeat; both gatekeepers settle it the same way.
        try await world.network.step()
        let relayedHeartbeats = (world.network.relayed[challenged + 1] ?? []).filter {
            $0.message.destination == .miningReport
        }
        #expect(relayedHeartbeats.map(\.message.sender) == [.worker(world.worker)])
        let report = try #require(try await world.gatekeeperReports().first)
        #expect(report.blockNumber == UInt32(challenged + 1) && report.offline.isEmpty)
        let settle = try #require(report.settle.first { $0.pubkey == world.worker })
        #expect(settle.payout > 0)
        let before = try #require(try world.sessionInfo())
        #expect(before.totalReward == 0)

        // The block after carries the report: the session takes V and the payout, the pool the reward.
        try await world.network.step()
        let settled = world.height
        #expect(try world.relayedReports(in: settled) == [report])
        let payout = try Balance(pha: U64F64(bits: settle.payout))
        let info = try #require(try world.sessionInfo())
        #expect(info.v == settle.v && info.totalReward == payout.planck && info.state == .workerIdle)
        #expect(
            try world.computationEvents(in: settled)
                .contains(.sessionSettled(session: world.session, vBits: settle.v, payoutBits: settle.payout))
        )
        let split = RewardSplit(reward: payout, commission: ComputingNetwork.commission)
        #expect(split.toOwner > .zero)
        #expect(
            try world.poolEvents(in: settled).contains(
                .rewardReceived(pid: 0, toOwner: split.toOwner, toStakers: split.toStakers)
            )
        )
    }

    @Test func aWorkerWhoseHeartbeatIsHeldGoesOfflineAndItsLateHeartbeatRecoversIt() async throws {
        var world = try await ComputingNetwork.started()
        defer { world.network.cleanUp() }
        try await Task.sleep(for: .milliseconds(300))
        let paid = try await world.settleNextChallenge()
        let reward = try #require(try world.sessionInfo()).totalReward
        #expect(paid.payout > 0 && reward > 0)

        // The host loses the chain; the first heartbeat it holds may already be queued.
        world.network.withheld = [ComputingNetwork.workerIndex]
        let queued = try await world.pendingHeartbeats().first?.challengeBlock
        let challenged: Int
        if let queued { challenged = Int(queued) } else { challenged = try await world.stepUntilChallenged() }

        // Offline at the end of the first block more than the heartbeat window after the challenge.
        let window = Int(TokenomicParameters.test.heartbeatWindow)
        try await world.network.idle(window + 1)
        let offline = try await world.gatekeeperReports()
        #expect(offline.map(\.blockNumber) == [UInt32(challenged + window + 1)])
        #expect(offline.map(\.offline) == [[world.worker]])
        #expect(try world.sessionInfo()?.state == .workerIdle)

        try await world.network.step()
        let declared = world.height
        let unresponsive = try #require(try world.sessionInfo())
        #expect(unresponsive.state == .workerUnresponsive && unresponsive.totalReward == reward)
        #expect(try world.computationEvents(in: declared).contains(.workerEnterUnresponsive(session: world.session)))
        let paused = try await world.workerStatus()
        #expect(paused.state == .paused && paused.unresponsive)
        try await world.network.idle(3)
        #expect(try world.sessionInfo()?.totalReward == reward)
        #expect(try world.sessionInfo()?.state == .workerUnresponsive)

        // The host reconnects: the held heartbeats reach the chain and the gatekeepers recover the worker.
        world.network.withheld = []
        try await world.network.step()
        let late = try (world.network.relayed[world.height] ?? [])
            .filter { $0.message.destination == .miningReport }
            .map { try WorkingReportEvent(scaleDecoding: $0.message.payload) }
        #expect(late.first?.challengeBlock == UInt32(challenged))
        let recovered = try await world.gatekeeperReports()
        #expect(recovered.map(\.recoveredToOnline) == [[world.worker]] && recovered.allSatisfy(\.settle.isEmpty))

        try await world.network.step()
        let back = world.height
        #expect(try world.sessionInfo()?.state == .workerIdle)
        #expect(try world.sessionInfo()?.totalReward == reward)
        #expect(try world.computationEvents(in: back).contains(.workerExitUnresponsive(session: world.session)))
        let resumed = try await world.workerStatus()
        #expect(resumed.state == .computing && !resumed.unresponsive)
        // The replay owes exactly the challenges whose answers are not relayed yet: none was lost.
        #expect(resumed.owedHeartbeats == UInt32(try await world.pendingHeartbeats().count))

        // Back online, it is paid again.
        let again = try await world.settleUntilPaid()
        #expect(again.payout > 0)
        #expect(try world.sessionInfo()?.totalReward ?? 0 > reward)
    }

    @Test func stoppingThePoolWorkerSettlesItsFinalVWithoutPayoutAndEndsItsSession() async throws {
        var world = try await ComputingNetwork.started()
        defer { world.network.cleanUp() }
        try await world.network.idle(2)
        // A settlement applied in the stop block would make the final one, emitted in that same block,
        // not newer than the session's V: the chain would drop it (Phala's `v_updated_at` check).
        try await world.stepUntilQuiet()
        let before = try #require(try world.sessionInfo())
        try await world.network.step([.stakePools(.stopComputing(pid: 0, worker: world.worker))])
        let stopped = world.height
        #expect(try world.sessionInfo()?.state == .workerCoolingDown)
        let status = try await world.workerStatus()
        #expect(status.state == .none && status.sessionID == nil)

        let report = try #require(try await world.gatekeeperReports().first)
        #expect(report.blockNumber == UInt32(stopped) && report.settle.map(\.pubkey) == [world.worker])
        let settle = try #require(report.settle.first)
        #expect(settle.payout == 0 && settle.treasury == 0)
        // Every enclave replays the economics: the worker's own replay has the gatekeepers' final V.
        #expect(status.v?.bits == settle.v)

        try await world.network.step()
        let info = try #require(try world.sessionInfo())
        #expect(info.v == settle.v && info.totalReward == before.totalReward && info.state == .workerCoolingDown)
        #expect(
            try world.computationEvents(in: world.height)
                .contains(.sessionSettled(session: world.session, vBits: settle.v, payoutBits: 0))
        )
    }
}
