import ArgumentParser
import EnclaveAPI
import JSONRPC
import PalletComputation
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import SCALE
import Testing
import Tokenomics
import WorkerHost

@testable import PhalaCLI

/// `phala pool`, `phala vault` and `phala worker status` parsed from argument lists into their
/// PhalaStakePoolv2 calls, the commission grammar, and the reports' text and JSON. The end-to-end flow
/// against a running node is NodeProcessTests' StakePoolProcessTests.
@Suite struct PoolCommandTests {
    static let worker = "0x" + String(repeating: "ab", count: 32)
    static let workerKey = FixedBytes<32>(repeating: 0xAB)
    static let alice = try! AccountId32(bytes: KeyPair(uri: "//Alice", scheme: .sr25519).publicKey)
    static let bob = try! AccountId32(bytes: KeyPair(uri: "//Bob", scheme: .sr25519).publicKey)

    static func parse<Command>(_ arguments: [String], as type: Command.Type) throws -> Command {
        try #require(try PhalaCommand.parseAsRoot(arguments) as? Command)
    }

    @Test(
        arguments: [
            ("20%", 200_000), ("0%", 0), ("100%", 1_000_000), ("12.5%", 125_000), ("0.0001%", 1), (" 7 %", 70_000),
        ] as [(String, UInt32)]
    )
    func commissionsAreReadAsPercentWithUpToFourDecimals(text: String, parts: UInt32) throws {
        #expect(try CommissionArgument.parse(text) == Permill(parts: parts))
    }

    @Test(arguments: ["20", "101%", "0.00001%", "-1%", "%", "1e2%", "abc%", "1000%"])
    func badCommissionsAreRefusedWithAMessage(text: String) {
        #expect(throws: CommandError.self) { try CommissionArgument.parse(text) }
    }

    @Test func commissionsPrintAsShortPercentages() {
        #expect(CommissionArgument.format(Permill(parts: 200_000)) == "20%")
        #expect(CommissionArgument.format(Permill(parts: 125_000)) == "12.5%")
        #expect(CommissionArgument.format(Permill(parts: 1)) == "0.0001%")
        #expect(CommissionArgument.format(.zero) == "0%")
    }

    @Test(arguments: ["ab" + String(repeating: "ab", count: 31), "0x1234", "0x" + String(repeating: "zz", count: 32)])
    func badWorkerKeysAreRefused(text: String) {
        #expect(throws: CommandError.self) { try WorkerArgument.parse(text) }
    }

    @Test func poolCommandsBuildTheirStakePoolCalls() throws {
        let base = ["--signer", "//Alice", "--pid", "3"]
        let commission = try Self.parse(
            ["pool", "set-commission"] + base + ["--commission", "20%"],
            as: PoolSetCommissionCommand.self
        )
        #expect(commission.call == .setPayoutPref(pid: 3, payoutCommission: Permill(parts: 200_000)))
        #expect(commission.signing.wait == .inBlock && commission.signing.signer == "//Alice")
        let cap = try Self.parse(["pool", "set-cap"] + base + ["--cap", "100PHA"], as: PoolSetCapCommand.self)
        #expect(cap.call == .setCap(pid: 3, cap: .pha(100)))
        let add = try Self.parse(
            ["pool", "add-worker"] + base + ["--worker", Self.worker],
            as: PoolAddWorkerCommand.self
        )
        #expect(add.call == .addWorker(pid: 3, pubkey: Self.workerKey))
        let remove = try Self.parse(
            ["pool", "remove-worker"] + base + ["--worker", Self.worker],
            as: PoolRemoveWorkerCommand.self
        )
        #expect(remove.call == .removeWorker(pid: 3, worker: Self.workerKey))
        let start = try Self.parse(
            ["pool", "start"] + base + ["--worker", Self.worker, "--stake", "1.5PHA", "--wait", "finalized"],
            as: PoolStartCommand.self
        )
        #expect(
            start.call == .startComputing(pid: 3, worker: Self.workerKey, stake: Balance(planck: 1_500_000_000_000))
        )
        #expect(start.signing.wait == .finalized)
        let stop = try Self.parse(["pool", "stop"] + base + ["--worker", Self.worker], as: PoolStopCommand.self)
        #expect(stop.call == .stopComputing(pid: 3, worker: Self.workerKey))
        let reclaim = try Self.parse(
            ["pool", "reclaim"] + base + ["--worker", Self.worker],
            as: PoolReclaimCommand.self
        )
        #expect(reclaim.call == .reclaimPoolWorker(pid: 3, worker: Self.workerKey))
        let contribute = try Self.parse(
            ["pool", "contribute"] + base + ["--amount", "5000PHA"],
            as: PoolContributeCommand.self
        )
        #expect(contribute.call == .contribute(pid: 3, amount: .pha(5_000), asVault: nil))
        let asVault = try Self.parse(
            ["pool", "contribute"] + base + ["--amount", "1PHA", "--as-vault", "4"],
            as: PoolContributeCommand.self
        )
        #expect(asVault.call == .contribute(pid: 3, amount: .pha(1), asVault: 4))
        let withdraw = try Self.parse(["pool", "withdraw"] + base + ["--shares", "7"], as: PoolWithdrawCommand.self)
        #expect(withdraw.call == .withdraw(pid: 3, shares: Balance(planck: 7), asVault: nil))
        let claim = try Self.parse(["pool", "claim"] + base, as: PoolClaimCommand.self)
        #expect(try claim.call() == .claimOwnerRewards(pid: 3, target: Self.alice))
        let claimToBob = try Self.parse(["pool", "claim"] + base + ["--target", "//Bob"], as: PoolClaimCommand.self)
        #expect(try claimToBob.call() == .claimOwnerRewards(pid: 3, target: Self.bob))
        let wrap = try Self.parse(["pool", "wrap", "--signer", "//Bob", "--amount", "2PHA"], as: PoolWrapCommand.self)
        #expect(wrap.call == .wrap(amount: .pha(2)))
        let unwrap = try Self.parse(
            ["pool", "unwrap", "--signer", "//Bob", "--amount", "2PHA"],
            as: PoolUnwrapCommand.self
        )
        #expect(unwrap.call == .unwrap(amount: .pha(2)))
        let unwrapAll = try Self.parse(["pool", "unwrap", "--signer", "//Bob", "--all"], as: PoolUnwrapCommand.self)
        #expect(unwrapAll.call == .unwrapAll)
        _ = try Self.parse(["pool", "create", "--signer", "//Alice"], as: PoolCreateCommand.self)
    }

    @Test func poolCallsAreEncodedUnderThePalletAtIndexEleven() {
        let encoded = RuntimeCall.stakePools(.setCap(pid: 1, cap: .pha(1))).scaleEncoded()
        #expect(Array(encoded.prefix(2)) == [11, 3])
    }

    @Test func vaultCommandsBuildTheirVaultCalls() throws {
        let base = ["--signer", "//Charlie", "--pid", "2"]
        let commission = try Self.parse(
            ["vault", "set-commission"] + base + ["--commission", "10%"],
            as: VaultSetCommissionCommand.self
        )
        #expect(commission.call == .setVaultPayoutPref(pid: 2, payoutCommission: Permill(parts: 100_000)))
        let contribute = try Self.parse(
            ["vault", "contribute"] + base + ["--amount", "3PHA"],
            as: VaultContributeCommand.self
        )
        #expect(contribute.call == .vaultContribute(pid: 2, amount: .pha(3)))
        let withdraw = try Self.parse(
            ["vault", "withdraw"] + base + ["--shares", "3PHA"],
            as: VaultWithdrawCommand.self
        )
        #expect(withdraw.call == .vaultWithdraw(pid: 2, shares: .pha(3)))
        let claim = try Self.parse(
            ["vault", "claim-shares"] + base + ["--shares", "1PHA", "--target", "//Bob"],
            as: VaultClaimSharesCommand.self
        )
        #expect(try claim.call() == .claimOwnerShares(vaultPid: 2, target: Self.bob, shares: .pha(1)))
        let gain = try Self.parse(["vault", "gain-shares"] + base, as: VaultGainSharesCommand.self)
        #expect(gain.call == .maybeGainOwnerShares(vaultPid: 2))
        let check = try Self.parse(["vault", "check-force-withdraw"] + base, as: VaultCheckForceWithdrawCommand.self)
        #expect(check.call == .vaultCheckAndMaybeForceWithdraw(vaultPid: 2))
        let info = try Self.parse(["vault", "info", "--pid", "2", "--output", "json"], as: VaultInfoCommand.self)
        #expect(info.pid == 2 && info.output == .json && info.account == nil)
        _ = try Self.parse(["vault", "create", "--signer", "//Charlie"], as: VaultCreateCommand.self)
    }

    @Test func missingOrConflictingFlagsAreRefusedWhileParsing() {
        let refused: [[String]] = [
            ["pool", "create"],
            ["pool", "start", "--signer", "//Alice", "--pid", "0", "--worker", Self.worker],
            ["pool", "contribute", "--signer", "//Bob", "--pid", "0", "--amount", "1.5"],
            ["pool", "set-commission", "--signer", "//Alice", "--pid", "0", "--commission", "120%"],
            ["pool", "add-worker", "--signer", "//Alice", "--pid", "x", "--worker", Self.worker],
            ["pool", "unwrap", "--signer", "//Bob"],
            ["pool", "unwrap", "--signer", "//Bob", "--all", "--amount", "1PHA"],
            ["pool", "stop", "--signer", "//Alice", "--pid", "0", "--worker", Self.worker, "--wait", "included"],
            ["worker", "status"],
        ]
        for arguments in refused {
            #expect(throws: (any Error).self, "\(arguments)") { try PhalaCommand.parseAsRoot(arguments) }
        }
    }

    @Test func workerStillRunsWithoutASubcommandAndStatusParses() throws {
        let run = try Self.parse(
            ["worker", "--operator", "//Alice", "--base-path", "/tmp/w", "--tee", "software"],
            as: WorkerCommand.self
        )
        #expect(run.operatorURI == "//Alice")
        let status = try Self.parse(
            ["worker", "status", "--worker", Self.worker, "--api", "http://127.0.0.1:8000", "--output", "json"],
            as: WorkerStatusCommand.self
        )
        #expect(status.worker == Self.workerKey && status.api == "http://127.0.0.1:8000" && status.output == .json)
    }

    static func report() throws -> PoolReport {
        var pool = StakePool(pid: 0, owner: alice, cid: 10_000)
        pool.payoutCommission = Permill(parts: 200_000)
        try pool.basePool.contribute(user: bob, amount: .pha(5_000))
        pool.basePool.distributeReward(.pha(5_000))
        return PoolReport(
            pool: .stakePool(pool),
            freeStake: .pha(3_000),
            ownerRewards: .pha(250),
            workers: [PoolReport.Worker(pubkey: workerKey, coolingDown: false, state: .workerIdle, stake: .pha(3_000))],
            position: PoolReport.position(of: bob, holding: pool.basePool.shares(of: bob), in: pool.basePool)
        )
    }

    @Test func anAccountsPositionIsWorthItsSharesTimesThePrice() throws {
        let position = try #require(try Self.report().position)
        #expect(position.shares == .pha(5_000) && position.queuedShares == .zero)
        #expect(position.value == .pha(10_000))
        let stranger = PoolReport.position(of: Self.alice, holding: .zero, in: try Self.report().pool.basePool)
        #expect(stranger.shares == .zero && stranger.value == .zero)
    }

    @Test func poolReportsPrintTextAndJSON() throws {
        let report = try Self.report()
        let text = report.text
        #expect(text.contains("commission     20%"))
        #expect(text.contains("total value    10000 PHA"))
        #expect(text.contains("price          2 PHA per share"))
        #expect(text.contains("worker         \(Self.worker) WorkerIdle, stake 3000 PHA"))
        #expect(text.contains("  value        10000 PHA"))
        let json = report.json
        #expect(json["kind"] == "stakePool" && json["commission"] == .unsignedInteger(200_000))
        #expect(json["totalValue"] == "10000000000000000" && json["price"] == "2" && json["cap"] == .null)
        #expect(json["ownerRewards"] == "250000000000000")
        #expect(json["account"]?["value"] == "10000000000000000")
        #expect(json["workers"]?.array?.first?["state"] == "WorkerIdle")
    }

    @Test func workerStatusReportsTheSessionAndTheEnclaveView() {
        var benchmark = ChainBenchmark(pInit: 270, startTime: 10)
        benchmark.pInstant = 213
        benchmark.challengeTimeLast = 99
        let info = SessionInfo(
            state: .workerUnresponsive,
            ve: UInt128(4005) << 64,
            v: UInt128(4006) << 64 | UInt128(1) << 63,
            vUpdatedAt: 99,
            benchmark: benchmark,
            coolDownStart: 0,
            totalReward: 7
        )
        let computing = WorkerReport.computing(
            ComputingStatus(state: .paused, sessionID: 0, heartbeatsSent: 3, unresponsive: true)
        )
        let report = WorkerStatusReport(
            worker: Self.workerKey,
            registered: true,
            operatorAccount: Self.alice,
            initialScore: 270,
            session: Self.bob,
            sessionInfo: info,
            stake: .pha(3_000),
            pid: 0,
            enclave: computing
        )
        #expect(report.text.contains("state           WorkerUnresponsive"))
        #expect(report.text.contains("V               4006.5 (Ve 4005)"))
        #expect(report.text.contains("P               instant 213, init 270"))
        let json = report.json
        #expect(json["sessionInfo"]?["v"] == "4006.5" && json["sessionInfo"]?["totalReward"] == "7")
        #expect(json["initialScore"] == .unsignedInteger(270) && json["pid"] == .unsignedInteger(0))
        #expect(json["enclave"]?["state"] == "paused" && json["enclave"]?["heartbeatsSent"] == 3)
        #expect(json["enclave"]?["unresponsive"] == .bool(true) && json["enclave"]?["v"] == .null)
    }
}
