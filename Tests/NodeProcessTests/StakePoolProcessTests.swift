import Foundation
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives
import Testing

/// Issue 5's end-to-end acceptance, driven through the `phala` binary: a dev chain running only the
/// gatekeeper, a separate `phala worker`, and every pool step as a `phala pool …` subprocess.
///
/// Alice creates a pool with 20% commission and adds the worker, Bob wraps and contributes 10,000 PHA, Alice starts
/// computing; the worker heartbeats and the pool is rewarded with the commission split exactly; the
/// worker is SIGKILLed, becomes unresponsive and earns nothing, then recovers after a restart; Alice
/// stops and, after the dev spec's 30 s cool-down, reclaims the stake; Bob withdraws everything and
/// unwraps.
@Suite struct StakePoolProcessTests {
    static let contribution = Balance.pha(10_000)
    static let commission = Permill(parts: 200_000)
    /// The development chain's `minimumInitialScore` (PalletComputation's default): a worker benchmarked
    /// below it cannot start computing (`BenchmarkTooLow`).
    static let minimumScore = 50

    @Test func aPoolRunsTheDevWorkerThroughRewardsAnOutageACoolDownAndAFullWithdrawal() async throws {
        let begun = ContinuousClock.now
        let node = try await NodeProcess.start(
            ["dev", "--tmp", "--rpc-port", "0", "--no-compute-worker", "--block-time", "0.5"]
        )
        defer { node.kill() }
        let url = node.webSocketURL
        let ticker = Task { await BlockTicker.run(url: url) }
        defer { ticker.cancel() }
        var flow = PoolFlow(url: url, node: node, begun: begun)
        defer {
            flow.worker?.kill()
            for directory in flow.directories { try? FileManager.default.removeItem(atPath: directory) }
        }
        do {
            try await flow.setUpAndEarn()
            try await flow.outageAndRecovery()
            try await flow.coolDownAndWithdraw()
        } catch {
            Issue.record("\(error)\n--- node\n\(node.diagnostics)\n--- worker\n\(flow.worker?.diagnostics ?? "none")")
        }
        print("StakePoolProcessTests phases: \(flow.phases.joined(separator: ", "))")
    }
}

/// The steps of the end-to-end flow and the state they hand on.
struct PoolFlow {
    let url: String
    let node: NodeProcess
    let begun: ContinuousClock.Instant
    var worker: NodeProcess?
    var workerArguments: [String] = []
    var directories: [String] = []
    var pubkey = ""
    var pid = ""
    var phases: [String] = []
    var chain: ChainProbe { ChainProbe(url: url) }

    mutating func mark(_ phase: String) {
        phases.append("\(phase) at \(ContinuousClock.now - begun)")
    }

    /// Starts a worker with a new identity and waits for its initial score.
    /// - Returns: the score P.
    mutating func startScoredWorker() async throws -> Int {
        worker?.kill()
        let directory = NSTemporaryDirectory() + "phala-pool-worker-\(UUID().uuidString)"
        directories.append(directory)
        workerArguments = [
            "worker", "--node", url, "--operator", "//Alice", "--base-path", directory, "--tee", "software",
            "--http-port", "0", "--checkpoint-interval", "5",
        ]
        worker = try await NodeProcess.start(workerArguments, announcement: "Worker HTTP API listening on ")
        let api = try #require(worker).url
        let info = try await WorkerInfo.poll(try #require(worker), timeout: .seconds(300)) { $0.registered }
        pubkey = info.publicKey
        let score = try await poll("the worker's initial score", timeout: .seconds(300)) { [self] in
            (try await workerStatus(api: api)["initialScore"] as? NSNumber)?.intValue
        }
        mark("scored (P \(score))")
        return score
    }

    /// Registration and scoring, the pool set up, computing started, heartbeats and split rewards.
    ///
    /// The benchmark measures the worker's speed in wall-clock time, so on a machine busy with other
    /// suites it can score below the chain's minimum; such a worker is replaced by a new one (at most
    /// six tries: CI saw three in a row score 0, 42 and 36 while the contract suites compiled and ran).
    mutating func setUpAndEarn() async throws {
        var score = try await startScoredWorker()
        for _ in 0..<5 where score < StakePoolProcessTests.minimumScore {
            score = try await startScoredWorker()
        }
        let api = try #require(worker).url
        // k·√P PHA with the test profile's k = 100, rounded up, plus a margin.
        var root = 0
        while root * root < score { root += 1 }
        let stake = max(3_000, 100 * root + 100)

        let created = try await CLIRun.succeed(["pool", "create", "--signer", "//Alice", "--url", url])
        pid = try #require(created.output.split(separator: "\n").last { $0.hasPrefix("pid ") }).dropFirst(4)
            .description
        try await pool(["set-commission", "--signer", "//Alice", "--pid", pid, "--commission", "20%"])
        try await pool(["add-worker", "--signer", "//Alice", "--pid", pid, "--worker", pubkey])
        try await pool(["wrap", "--signer", "//Bob", "--amount", "10000PHA"])
        try await pool(["contribute", "--signer", "//Bob", "--pid", pid, "--amount", "10000PHA"])
        let contributed = try await poolInfo()
        let planck = String(StakePoolProcessTests.contribution.planck)
        #expect(contributed["freeStake"] as? String == planck)
        #expect((contributed["account"] as? [String: Any])?["shares"] as? String == planck)
        try await pool(["start", "--signer", "//Alice", "--pid", pid, "--worker", pubkey, "--stake", "\(stake)PHA"])
        mark("computing")

        _ = try await poll("a heartbeat and a reward", timeout: .seconds(600)) { [self] in
            let status = try await workerStatus(api: api)
            let enclave = status["enclave"] as? [String: Any]
            let sent = (enclave?["heartbeatsSent"] as? NSNumber)?.intValue ?? 0
            let state = (status["sessionInfo"] as? [String: Any])?["state"] as? String
            let rewarded = try await chain.pool(UInt64(pid)!).rewards.count >= 2
            return sent > 0 && state == "WorkerIdle" && rewarded ? status : nil
        }
        mark("rewarded")
        try await checkRewardSplit()
    }

    /// Alice's commission and Bob's share follow the formulas at one block.
    func checkRewardSplit() async throws {
        let snapshot = try await chain.pool(UInt64(pid)!)
        var owner = Balance.zero
        var stakers = Balance.zero
        for reward in snapshot.rewards {
            let total = reward.toOwner.saturatingAdding(reward.toStakers)
            #expect(reward.toOwner == StakePoolProcessTests.commission * total, "20% of \(total)")
            owner = owner.saturatingAdding(reward.toOwner)
            stakers = stakers.saturatingAdding(reward.toStakers)
        }
        #expect(snapshot.ownerRewards == owner, "the owner reward account holds every commission")
        let base = snapshot.pool.basePool
        #expect(base.totalValue == StakePoolProcessTests.contribution.saturatingAdding(stakers))
        let price = try #require(base.sharePrice)
        let value = try snapshot.bobShares.multiplied(by: price)
        #expect(snapshot.bobShares == StakePoolProcessTests.contribution)
        #expect(base.totalValue.planck - value.planck <= 1, "Bob holds every share: \(value) of \(base.totalValue)")
    }

    /// SIGKILL, the unresponsive window with no reward, and recovery after a restart.
    mutating func outageAndRecovery() async throws {
        try #require(worker).kill()
        mark("worker killed")
        let away = try await poll("the session to become unresponsive", timeout: .seconds(600)) { [self] in
            let session = try await workerStatus(api: nil)["sessionInfo"] as? [String: Any]
            return session?["state"] as? String == "WorkerUnresponsive" ? session : nil
        }
        mark("unresponsive")
        let reward = away["totalReward"] as? String
        let value = try await chain.pool(UInt64(pid)!).pool.basePool.totalValue
        let from = try await chain.bestNumber()
        _ = try await poll("20 blocks while away", timeout: .seconds(300)) { [self] () -> Bool? in
            try await chain.bestNumber() >= from + 20 ? true : nil
        }
        let later = try #require(try await workerStatus(api: nil)["sessionInfo"] as? [String: Any])
        #expect(later["state"] as? String == "WorkerUnresponsive")
        #expect(later["totalReward"] as? String == reward, "an unresponsive session earned")
        #expect(try await chain.pool(UInt64(pid)!).pool.basePool.totalValue == value)

        worker = try await NodeProcess.start(workerArguments, announcement: "Worker HTTP API listening on ")
        let api = try #require(worker).url
        _ = try await poll("recovery and a new reward", timeout: .seconds(600)) { [self] in
            let status = try await workerStatus(api: api)
            let session = status["sessionInfo"] as? [String: Any]
            let earned = (session?["totalReward"] as? String).flatMap { UInt128($0) } ?? 0
            let before = reward.flatMap { UInt128($0) } ?? 0
            return session?["state"] as? String == "WorkerIdle" && earned > before ? status : nil
        }
        mark("recovered")
    }

    /// Stop, cool-down, reclaim, Bob's full withdrawal and unwrap.
    mutating func coolDownAndWithdraw() async throws {
        try await pool(["stop", "--signer", "//Alice", "--pid", pid, "--worker", pubkey])
        let early = try await CLIRun.run(
            poolArguments(["reclaim", "--signer", "//Alice", "--pid", pid, "--worker", pubkey])
        )
        #expect(early.status != 0 && early.errors.contains("CoolDownNotReady"), "\(early.summary)")
        mark("stopped")
        _ = try await poll("the cool-down to end", timeout: .seconds(300), every: .seconds(3)) { [self] () -> Bool? in
            let run = try await CLIRun.run(
                poolArguments(["reclaim", "--signer", "//Alice", "--pid", pid, "--worker", pubkey])
            )
            guard run.status == 0 else {
                guard run.errors.contains("CoolDownNotReady") else { throw TestFailure(run.summary) }
                return nil
            }
            return true
        }
        mark("reclaimed")
        let reclaimed = try await poolInfo()
        let workers = try #require(reclaimed["workers"] as? [[String: Any]])
        #expect(workers.first?["state"] as? String == "Ready")
        #expect(reclaimed["freeStake"] as? String == reclaimed["totalValue"] as? String, "the stake is free again")

        let position = try #require(reclaimed["account"] as? [String: Any])
        let shares = try #require(position["shares"] as? String)
        let worth = try #require((position["value"] as? String).flatMap { UInt128($0) })
        try await pool(["withdraw", "--signer", "//Bob", "--pid", pid, "--shares", shares])
        let after = try #require(try await poolInfo()["account"] as? [String: Any])
        #expect(after["shares"] as? String == "0" && after["queuedShares"] as? String == "0")
        let bob = try AccountId32(bytes: KeyPair(uri: "//Bob", scheme: .sr25519).publicKey)
        let paid = try await chain.wrappedBalance(of: bob).planck
        #expect(paid > StakePoolProcessTests.contribution.planck)
        #expect(max(paid, worth) - min(paid, worth) <= 1, "Bob was paid \(paid) for shares worth \(worth)")
        try await pool(["unwrap", "--signer", "//Bob", "--all"])
        #expect(try await chain.wrappedBalance(of: bob) == .zero)
        mark("withdrawn")
    }

    func poolArguments(_ arguments: [String]) -> [String] { ["pool"] + arguments + ["--url", url] }

    func pool(_ arguments: [String]) async throws {
        try await CLIRun.succeed(poolArguments(arguments))
    }

    func poolInfo() async throws -> [String: Any] {
        try await CLIRun.succeed(poolArguments(["info", "--pid", pid, "--account", "//Bob", "--output", "json"])).json()
    }

    func workerStatus(api: String?) async throws -> [String: Any] {
        let extra = api.map { ["--api", $0] } ?? []
        return try await CLIRun.succeed(
            ["worker", "status", "--worker", pubkey, "--url", url, "--output", "json"] + extra
        ).json()
    }
}
