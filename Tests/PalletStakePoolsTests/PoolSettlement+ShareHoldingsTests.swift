import PalletStakePools
import PhalaPrimitives
import RuntimeSupport
import SCALE
import Testing

// Share holdings live in `ShareHoldings` (pid, account), apart from the pool record.
@Suite struct ShareHoldingsTests {
    typealias World = StakePoolWorld

    /// A world with stake pool 0 (owner 1) and `stakers` accounts holding 1000 W-PHA each.
    func world(stakers: [UInt8]) throws -> World {
        var world = try World()
        for staker in stakers { try world.dispatch(.wrap(amount: .pha(1_000)), by: staker) }
        _ = try world.setupStakePool(owner: 1, workers: [])
        return world
    }

    /// The SCALE size of pool `pid`'s `Pools` record.
    func recordSize(_ pid: UInt64, in world: inout World) throws -> Int {
        try #require(try StakePools.Storage.pools.get(pid, in: &world.state)).scaleEncoded().count
    }

    @Test func theShareHoldingsKeyIsTwox64ConcatPidThenBlake2ConcatAccount() throws {
        // substrate-interface 1.8.1: xxh128(b"PhalaStakePoolv2") + xxh128(b"ShareHoldings")
        // + two_x64_concat(u64 5 LE) + blake2_128_concat(32 × 0x02).
        let key = StakePools.Storage.shareHoldings.storageKey(for: 5, World.account(2))
        let expected = [
            "75e3ed3f59e45643ed1149ad80929c1b", "60f17a872d1d9380d1a3e866ed57d87f",
            "3d59c2d52d0bbe890500000000000000", "fdf644cee9f9ba3d82d46809b692ab07",
        ]
        let prefix = try expected.flatMap { try FixedBytes<16>(hex: $0).bytes }
        #expect(key == prefix + World.account(2).bytes)
    }

    @Test func aPoolRecordDoesNotGrowWithItsStakers() throws {
        var world = try world(stakers: [2, 3, 4])
        try world.dispatch(.contribute(pid: 0, amount: .pha(100), asVault: nil), by: 2)
        let size = try recordSize(0, in: &world)
        try world.dispatch(.contribute(pid: 0, amount: .pha(200), asVault: nil), by: 3)
        try world.dispatch(.contribute(pid: 0, amount: .pha(300), asVault: nil), by: 4)
        #expect(try recordSize(0, in: &world) == size)
        let holdings = try StakePools.Storage.shareHoldings.entries(0, in: &world.state)
        #expect(Set(holdings.map(\.key)) == [World.account(2), World.account(3), World.account(4)])
        #expect(try world.stakePool(0).basePool.holdings.isEmpty)
    }

    @Test func aFullWithdrawalKeepsAZeroHoldingSoTheStakerStillHasAShareRecord() throws {
        var world = try world(stakers: [2])
        try world.dispatch(.contribute(pid: 0, amount: .pha(100), asVault: nil), by: 2)
        try world.dispatch(.withdraw(pid: 0, shares: .pha(100), asVault: nil), by: 2)
        #expect(try StakePools.Storage.shareHoldings.get(0, World.account(2), in: &world.state) == .zero)
        // With a record but nothing to withdraw, the amount is invalid (not NoNftToWithdraw).
        try world.expectNoop(.withdraw(pid: 0, shares: .pha(1), asVault: nil), by: 2, error: .invalidWithdrawalAmount)
        try world.expectNoop(.withdraw(pid: 0, shares: .pha(1), asVault: nil), by: 3, error: .noNftToWithdraw)
    }

    @Test func theInvariantsCatchHoldingsThatDoNotAddUpOrNameAMissingPool() throws {
        var world = try world(stakers: [2])
        try world.dispatch(.contribute(pid: 0, amount: .pha(100), asVault: nil), by: 2)
        var inflated = world
        StakePools.Storage.shareHoldings.insert(.pha(101), for: 0, World.account(2), in: &inflated.state)
        #expect(throws: StakePools.InvariantViolation.self) { try inflated.pallet.checkInvariants(in: &inflated.state) }
        var orphan = world
        StakePools.Storage.shareHoldings.insert(.zero, for: 7, World.account(2), in: &orphan.state)
        #expect(throws: StakePools.InvariantViolation.self) { try orphan.pallet.checkInvariants(in: &orphan.state) }
        try world.pallet.checkInvariants(in: &world.state)
    }
}
