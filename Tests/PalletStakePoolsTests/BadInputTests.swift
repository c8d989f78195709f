import PalletStakePools
import PhalaPrimitives
import RuntimeSupport
import Testing

// The bad-input rule: every refused call fails with its own module error and changes nothing
// (state root unchanged), with Phala's error for each condition.
@Suite struct BadInputTests {
    typealias World = StakePoolWorld

    /// Accounts 1 and 2 wrapped 1000 PHA; account 1 owns stake pool 0 with worker 1 and vault 1;
    /// worker 2 is operated by account 1 but not added; worker 3 belongs to account 2.
    func world() throws -> World {
        var world = try World()
        for who: UInt8 in [1, 2] { try world.dispatch(.wrap(amount: .pha(1_000)), by: who) }
        world.setupWorkers(2)
        TestWorkerSessions.register(World.worker(3), operator: World.account(2), scored: true, in: &world.state)
        TestWorkerSessions.register(World.worker(4), operator: World.account(1), scored: false, in: &world.state)
        _ = try world.setupStakePool(owner: 1, workers: [1])
        _ = try world.setupVault(owner: 1)
        return world
    }

    @Test func callsFromSomeoneOtherThanTheOwnerFailWithUnauthorizedPoolOwner() throws {
        var world = try world()
        let worker = World.worker(1)
        for call: StakePools.Call in [
            .setCap(pid: 0, cap: .pha(1)), .setPayoutPref(pid: 0, payoutCommission: nil),
            .startComputing(pid: 0, worker: worker, stake: .pha(1)), .stopComputing(pid: 0, worker: worker),
            .removeWorker(pid: 0, worker: worker), .claimOwnerRewards(pid: 0, target: World.account(2)),
            .setVaultPayoutPref(pid: 1, payoutCommission: Permill(parts: 1)), .maybeGainOwnerShares(vaultPid: 1),
            .claimOwnerShares(vaultPid: 1, target: World.account(2), shares: .pha(1)),
            .addStakerToWhitelist(pid: 0, staker: World.account(2)),
            .contribute(pid: 0, amount: .pha(1), asVault: 1),
        ] {
            try world.expectNoop(call, by: 2, error: .unauthorizedPoolOwner)
        }
    }

    @Test func anUnsignedOriginIsRefusedBeforeAnything() throws {
        var world = try world()
        #expect(throws: DispatchError.badOrigin) {
            try world.pallet.dispatch(.create, origin: .none, in: &world.state)
        }
    }

    @Test func unknownPoolsFailWithPoolDoesNotExist() throws {
        var world = try world()
        for call: StakePools.Call in [
            .setCap(pid: 7, cap: .pha(1)), .contribute(pid: 7, amount: .pha(1), asVault: nil),
            .withdraw(pid: 7, shares: .pha(1), asVault: nil), .checkAndMaybeForceWithdraw(pid: 7),
            .vaultContribute(pid: 7, amount: .pha(1)), .vaultCheckAndMaybeForceWithdraw(vaultPid: 7),
            .addWorker(pid: 7, pubkey: World.worker(2)), .reclaimPoolWorker(pid: 7, worker: World.worker(1)),
        ] {
            try world.expectNoop(call, by: 1, error: .poolDoesNotExist)
        }
        try world.expectNoop(.contribute(pid: 1, amount: .pha(1), asVault: nil), by: 1, error: .poolTypeNotMatch)
    }

    @Test func aContributionPastTheCapFailsWithStakeExceedsCapacity() throws {
        var world = try world()
        try world.dispatch(.setCap(pid: 0, cap: .pha(100)), by: 1)
        try world.dispatch(.contribute(pid: 0, amount: .pha(60), asVault: nil), by: 2)
        try world.expectNoop(.contribute(pid: 0, amount: .pha(41), asVault: nil), by: 2, error: .stakeExceedsCapacity)
        try world.dispatch(.contribute(pid: 0, amount: .pha(40), asVault: nil), by: 2)
        try world.expectNoop(.setCap(pid: 0, cap: .pha(99)), by: 1, error: .inadequateCapacity)
    }

    @Test func contributionsBelowTheMinimumOrTheBalanceAreRefused() throws {
        var world = try world()
        let belowMinimum = Balance(planck: 9_999_999_999)
        try world.expectNoop(
            .contribute(pid: 0, amount: belowMinimum, asVault: nil),
            by: 2,
            error: .insufficientContribution
        )
        try world.expectNoop(.vaultContribute(pid: 1, amount: belowMinimum), by: 2, error: .insufficientContribution)
        try world.expectNoop(.contribute(pid: 0, amount: .pha(1_001), asVault: nil), by: 2, error: .insufficientBalance)
        try world.expectNoop(.unwrap(amount: .pha(1_001)), by: 2, error: .unwrapAmountExceedsAvaliableStake)
    }

    @Test func workerChecksFailWithTheirOwnErrors() throws {
        var world = try world()
        try world.dispatch(.create, by: 1)  // pool 2, also account 1's
        // Double bind: worker 1 is bound to pool 0's session already.
        try world.expectNoop(.addWorker(pid: 2, pubkey: World.worker(1)), by: 1, error: .failedToBindSessionAndWorker)
        try world.expectNoop(.addWorker(pid: 0, pubkey: World.worker(1)), by: 1, error: .workerExists)
        // Worker of another operator.
        try world.expectNoop(.addWorker(pid: 0, pubkey: World.worker(3)), by: 1, error: .unauthorizedOperator)
        try world.expectNoop(.addWorker(pid: 0, pubkey: World.worker(4)), by: 1, error: .benchmarkMissing)
        try world.expectNoop(.addWorker(pid: 0, pubkey: World.worker(9)), by: 1, error: .workerNotRegistered)
        try world.expectNoop(.removeWorker(pid: 2, worker: World.worker(1)), by: 1, error: .workerInAnotherPool)
        try world.expectNoop(.removeWorker(pid: 0, worker: World.worker(2)), by: 1, error: .workerDoesNotExist)
        try world.expectNoop(
            .startComputing(pid: 0, worker: World.worker(1), stake: .pha(1)),
            by: 1,
            error: .insufficientFreeStake
        )
        try world.dispatch(.contribute(pid: 0, amount: .pha(100), asVault: nil), by: 1)
        try world.expectNoop(
            .startComputing(pid: 0, worker: World.worker(2), stake: .pha(1)),
            by: 1,
            error: .workerDoesNotExist
        )
        try world.dispatch(.startComputing(pid: 0, worker: World.worker(1), stake: .pha(100)), by: 1)
        try world.expectNoop(.removeWorker(pid: 0, worker: World.worker(1)), by: 1, error: .workerIsNotReady)
        try world.dispatch(.stopComputing(pid: 0, worker: World.worker(1)), by: 1)
        try world.expectNoop(.stopComputing(pid: 0, worker: World.worker(1)), by: 1, error: .workerAlreadyStopped)
    }

    @Test func withdrawalsOfDustOrMoreThanHeldAreRefused() throws {
        var world = try world()
        try world.expectNoop(.withdraw(pid: 0, shares: .pha(1), asVault: nil), by: 2, error: .noNftToWithdraw)
        try world.dispatch(.contribute(pid: 0, amount: .pha(10), asVault: nil), by: 2)
        try world.expectNoop(.withdraw(pid: 0, shares: .pha(11), asVault: nil), by: 2, error: .invalidWithdrawalAmount)
        try world.expectNoop(
            .withdraw(pid: 0, shares: Balance(planck: 1_000), asVault: nil),
            by: 2,
            error: .invalidWithdrawalAmount
        )
        try world.dispatch(.vaultContribute(pid: 1, amount: .pha(10)), by: 2)
        try world.expectNoop(.vaultWithdraw(pid: 1, shares: .pha(11)), by: 2, error: .noEnoughShareToClaim)
    }
}
