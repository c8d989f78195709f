// The gatekeeper's per-block computing economics at 10,000, 50,000 and 100,000 online workers, and a
// stake pool's reward distribution and withdraw processing with 10,000 contributors, in one run:
// `swift run -c release EconomicsBenchmarks [economics] [pool]` (pool: the pure core, then the pallet).
//
// Economics: every worker is registered and started (not timed), then steady-state blocks are timed
// as the gatekeeper replays them (phala-facts.md §3.4–3.5): beginBlock, the heartbeats answering the
// previous block's challenge, this block's HeartbeatChallenge, endBlock. Two challenge rates: Phala's
// ExpectedHeartbeatCount of 20 per block, and the pow_target cap of 2 heartbeats per worker-hour
// (≈ 1/150 of the workers per 12 s block), which a larger ExpectedHeartbeatCount reaches.
import Foundation
import MerkleTrie
import PalletStakePools
import PhalaRuntime
import RuntimeSupport
import PhalaPrimitives
import Tokenomics

/// Writes one result line at once (unbuffered, so a later crash cannot swallow it).
func report(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Median of values.
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// Milliseconds elapsed while running `body`.
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
}

/// Formats a number of milliseconds.
func format(_ value: Double) -> String { String(format: "%.3f", value) }

/// The timestamp of a block: 12 s blocks from an arbitrary epoch.
func timestamp(of block: UInt32) -> UInt64 { 1_700_000_000_000 + UInt64(block) * 12_000 }

/// The iteration score the simulated workers report (and start with).
func score(of index: Int) -> UInt32 { 2_000 + UInt32(index % 4_000) }

/// A deterministic challenge seed for a block: blake2_256 of its number, read big-endian.
func seed(of block: UInt32) -> U256 {
    withUnsafeBytes(of: block.littleEndian) { U256(bigEndian: H256.blake2_256(of: Array($0)).raw.bytes) }!
}

/// The per-block cost of one gatekeeper at one worker count and challenge rate.
struct EconomicsRun {
    /// Median milliseconds of the whole block.
    var block: Double
    /// Median milliseconds of each phase.
    var begin: Double, heartbeats: Double, challenge: Double, end: Double
    /// Mean heartbeats per block.
    var heartbeatsPerBlock: Double
}

/// A gatekeeper with `count` computing workers, registered and started in block 1.
func startedGatekeeper(count: Int, params: TokenomicParameters) throws -> ComputingEconomics {
    var economics = ComputingEconomics()
    try economics.beginBlock(number: 1, timestampMs: timestamp(of: 1))
    // Keys sorted first: the gatekeeper keeps workers sorted, and random-order inserts are O(N²).
    let keys = (0..<count).map { index in
        withUnsafeBytes(of: UInt64(index).littleEndian) { H256.blake2_256(of: Array($0)).raw }
    }.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
    for (index, key) in keys.enumerated() {
        let level = UInt8(1 + index % 5)
        economics.workerRegistered(pubkey: key, confidenceLevel: level)
        let stake = try params.minimalStake(score: score(of: index))
        let initialV = try params.initialV(stake: stake, score: score(of: index), confidenceLevel: level)
        economics.workerStarted(pubkey: key, sessionID: 1, initialV: initialV, initialP: score(of: index))
    }
    _ = try economics.endBlock(params: params)
    return economics
}

/// Times `timed` steady-state blocks after `warmup` untimed ones.
func steadyState(count: Int, expectedHeartbeats: UInt32, params: TokenomicParameters, warmup: Int, timed: Int)
    throws -> EconomicsRun
{
    var economics = try startedGatekeeper(count: count, params: params)
    let target = HeartbeatChallenge.onlineTarget(
        expectedHeartbeats: expectedHeartbeats,
        onlineWorkers: UInt32(count),
        blockTimeSeconds: 12
    )
    let scores = Dictionary(uniqueKeysWithValues: economics.workers.enumerated().map { ($1.pubkey, score(of: $0)) })
    var owed: [FixedBytes<32>] = []
    var phases: [[Double]] = Array(repeating: [], count: 5)
    var heartbeatCount = 0
    for block in UInt32(2)..<UInt32(2 + warmup + timed) {
        let now = timestamp(of: block)
        let seed = seed(of: block)
        // Who answers in the next block: worked out before the clock starts.
        let challenged = economics.challengedWorkers(seed: seed, onlineTarget: target)
        let reports = owed.map { key in
            let iterations = UInt64(timestamp(of: block - 1) - timestamp(of: 1)) * UInt64(scores[key]!) / 6_000
            return (key, WorkingReportEvent.heartbeatV2(
                sessionID: 1, challengeBlock: block - 1, challengeTime: timestamp(of: block - 1),
                iterations: iterations, clusters: 0, contracts: 0))
        }
        var times = [Double](repeating: 0, count: 4)
        var event: WorkingInfoUpdateEvent?
        let total = try milliseconds {
            times[0] = try milliseconds { try economics.beginBlock(number: block, timestampMs: now) }
            times[1] = try milliseconds {
                for (key, report) in reports { try economics.heartbeat(pubkey: key, report: report, params: params) }
            }
            times[2] = milliseconds { economics.challenge(seed: seed, onlineTarget: target) }
            times[3] = try milliseconds { event = try economics.endBlock(params: params) }
        }
        precondition(event?.offline.isEmpty ?? true, "no worker may go offline in the steady state")
        owed = challenged
        if block >= UInt32(2 + warmup) {
            for (phase, time) in ([total] + times).enumerated() { phases[phase].append(time) }
            heartbeatCount += reports.count
        }
    }
    return EconomicsRun(
        block: median(phases[0]), begin: median(phases[1]), heartbeats: median(phases[2]),
        challenge: median(phases[3]), end: median(phases[4]),
        heartbeatsPerBlock: Double(heartbeatCount) / Double(timed)
    )
}

/// The economics table: ms per block and the ratio of ms per worker to that at the smallest count.
func economicsBenchmark() throws {
    let params = TokenomicParameters.phala
    report("one worker is \(MemoryLayout<ComputingWorker>.stride) bytes in the gatekeeper's table (plus its key's heap buffer)")
    for (label, expected) in [("20 heartbeats/block (ExpectedHeartbeatCount)", UInt32(20)), ("cap: 1/150 of workers per block", UInt32.max)] {
        report("gatekeeper economics, \(label):")
        var baseline: Double?
        for count in [10_000, 50_000, 100_000] {
            let run = try steadyState(count: count, expectedHeartbeats: expected, params: params, warmup: 3, timed: 41)
            let perWorker = run.block / Double(count)
            let ratio = perWorker / (baseline ?? perWorker)
            if baseline == nil { baseline = perWorker }
            let phases = run.begin + run.heartbeats + run.challenge + run.end
            report("  \(count) workers: median \(format(run.block)) ms/block, phase medians sum to \(format(phases)) ms (begin \(format(run.begin)), \(Int(run.heartbeatsPerBlock.rounded())) heartbeats \(format(run.heartbeats)), challenge \(format(run.challenge)), end \(format(run.end))); per-worker cost vs 10,000: \(String(format: "%.2f", ratio))×")
        }
    }
}

/// A block in which 100 new workers register (keys in random order) into a table of `count` workers:
/// each registration inserts into the sorted table.
func registrationBurst(count: Int) throws {
    let params = TokenomicParameters.phala
    var economics = try startedGatekeeper(count: count, params: params)
    try economics.beginBlock(number: 2, timestampMs: timestamp(of: 2))
    let keys = (0..<100).map { index in
        withUnsafeBytes(of: UInt64(count + index).littleEndian) { H256.blake2_256(of: Array($0)).raw }
    }
    let time = milliseconds {
        for key in keys { economics.workerRegistered(pubkey: key, confidenceLevel: 1) }
    }
    report("  100 new workers registering in one block into \(count): \(format(time)) ms")
}

/// A staker's account.
func account(_ index: Int) -> AccountId32 {
    AccountId32(withUnsafeBytes(of: UInt64(index).littleEndian) { H256.blake2_256(of: Array($0)).raw })
}

/// A stake pool with `count` contributors of 100 PHA (plus a little, so no two holdings are equal).
func contributedPool(count: Int) throws -> BasePool {
    var pool = BasePool(pid: 0, owner: AccountId32(FixedBytes(repeating: 0xAA)), kind: .stakePool)
    for index in 0..<count {
        try pool.contribute(user: account(index), amount: Balance(planck: Balance.pha(100).planck + UInt128(index)))
    }
    return pool
}

/// Reward distribution and withdraw processing for a pool with 10,000 contributors.
func poolBenchmark() throws {
    let contributors = 10_000
    let minBalance = Balance(planck: 100_000_000)
    var contributeTime = 0.0
    var pool = BasePool(pid: 0, owner: AccountId32(FixedBytes(repeating: 0xAA)), kind: .stakePool)
    contributeTime = try milliseconds { pool = try contributedPool(count: contributors) }
    report("stake pool with \(contributors) contributors: \(contributors) contributions took \(format(contributeTime)) ms")
    var rewardTimes: [Double] = []
    var withdrawTimes: [Double] = []
    for round in 0..<101 {
        let reward = Balance.pha(7)
        rewardTimes.append(milliseconds {
            guard pool.admitReward(reward) == .accepted else { preconditionFailure("reward dismissed") }
            let split = RewardSplit(reward: reward, commission: Permill(parts: 200_000))
            pool.distributeReward(split.toStakers)
        })
        let user = account(round)
        let shares = Balance(planck: pool.shares(of: user).planck / 2)
        try withdrawTimes.append(milliseconds {
            try pool.withdraw(user: user, shares: shares, now: 1_700_000_000)
            let paid = try pool.processWithdrawQueue(free: .pha(1_000), minBalance: minBalance)
            precondition(paid.count == 1, "the withdrawal is paid at once")
        })
    }
    report("  admit + split + distribute one reward: median \(format(median(rewardTimes))) ms")
    report("  one withdraw request + queue processing: median \(format(median(withdrawTimes))) ms")
    // Everyone asks to withdraw while no stake is free, then stake comes back and the queue is paid.
    var queued = try contributedPool(count: contributors)
    let queueTime = try milliseconds {
        for index in 0..<contributors {
            try queued.withdraw(user: account(index), shares: queued.shares(of: account(index)), now: 1_700_000_000)
        }
    }
    var paidCount = 0
    let processTime = try milliseconds {
        paidCount = try queued.processWithdrawQueue(free: queued.totalValue, minBalance: minBalance).count
    }
    report("  \(contributors) full withdraw requests: \(format(queueTime)) ms; then one queue processing paying \(paidCount) of them: \(format(processTime)) ms")
}

/// The same through the real pallet in the runtime: `contributors` stakers wrap and contribute to pool 0 of the
/// dev chain by dispatched calls, then one worker's reward is settled (`PoolSettlement.onReward`, with
/// the pool's record, the owner's W-PHA and the stakers' share holdings in storage) and one staker
/// withdraws; each timed on a fresh overlay over the committed state (trie reads included).
func palletPoolBenchmark(contributors: Int) throws {
    let runtime = Runtime()
    let genesis = try runtime.genesis(try ChainSpec.development())
    var store = InMemoryNodeStore()
    store.insert(genesis.changes)
    var state = Overlay(base: try Trie(root: genesis.header.stateRoot.bytes, store: store))
    let owner = AccountId32(FixedBytes(repeating: 0xAA))
    let worker = FixedBytes<32>(repeating: 0xBB)
    func dispatch(_ call: StakePools.Call, by who: AccountId32) throws {
        try runtime.dispatch(.stakePools(call), origin: .signed(who), in: &state)
    }
    try runtime.balances.deposit(.pha(10), into: owner, in: &state)
    try dispatch(.create, by: owner)
    try dispatch(.setPayoutPref(pid: 0, payoutCommission: Permill(percent: 20)), by: owner)
    // The reward path needs only the worker's assignment to the pool, not a computing session.
    StakePools.Storage.workerAssignments.insert(0, for: worker, in: &state)
    let setup = try milliseconds {
        for index in 0..<contributors {
            try runtime.balances.deposit(.pha(101), into: account(index), in: &state)
            try dispatch(.wrap(amount: .pha(100)), by: account(index))
            try dispatch(.contribute(pid: 0, amount: .pha(100), asVault: nil), by: account(index))
        }
    }
    report("stake pool pallet with \(contributors) contributors: wrap + contribute for all took \(format(setup)) ms")
    // Committed to the trie, as a block would be, so each timed step starts from a fresh overlay.
    let changes = try state.committed()
    store.insert(changes)
    let base = try Trie(root: changes.root, store: store)
    let payout = try U64F64(balance: .pha(7)).bits
    let settle = SettleInfo(pubkey: worker, v: 1 << 70, payout: payout, treasury: 0)
    var rewardTimes: [Double] = []
    var withdrawTimes: [Double] = []
    for round in 0..<101 {
        var copy = Overlay(base: base)
        rewardTimes.append(try milliseconds { try runtime.stakePools.settlement.onReward([settle], in: &copy) })
        var another = Overlay(base: base)
        withdrawTimes.append(try milliseconds {
            try runtime.dispatch(
                .stakePools(.withdraw(pid: 0, shares: .pha(50), asVault: nil)),
                origin: .signed(account(round)),
                in: &another
            )
        })
    }
    report("  onReward for one settlement (owner commission + distribution): median \(format(median(rewardTimes))) ms")
    report("  one withdraw dispatch, paid at once: median \(format(median(withdrawTimes))) ms")
}

let modes = Set(CommandLine.arguments.dropFirst())
if modes.isEmpty || modes.contains("economics") {
    try economicsBenchmark()
    try registrationBurst(count: 100_000)
}
if modes.isEmpty || modes.contains("pool") {
    try poolBenchmark()
    for contributors in [1_000, 10_000] { try palletPoolBenchmark(contributors: contributors) }
}
