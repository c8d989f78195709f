import PalletStakePools
import PhalaPrimitives
import RuntimeSupport
import SCALE
import Testing

/// Calls, events and errors agree with their metadata, and the pallet's accounts match Phala's recipes.
@Suite struct StakePoolsMetadataTests {
    typealias World = StakePoolWorld

    /// One value of every call.
    static let calls: [StakePools.Call] = {
        let worker = World.worker(1)
        let account = World.account(2)
        return [
            .create, .addWorker(pid: 1, pubkey: worker), .removeWorker(pid: 1, worker: worker),
            .setCap(pid: 1, cap: .pha(5)), .setPayoutPref(pid: 1, payoutCommission: Permill(parts: 7)),
            .claimOwnerRewards(pid: 1, target: account), .checkAndMaybeForceWithdraw(pid: 1),
            .contribute(pid: 1, amount: .pha(2), asVault: 3), .withdraw(pid: 1, shares: .pha(2), asVault: nil),
            .startComputing(pid: 1, worker: worker, stake: .pha(3)), .stopComputing(pid: 1, worker: worker),
            .reclaimPoolWorker(pid: 1, worker: worker), .restartComputing(pid: 1, worker: worker, stake: .pha(4)),
            .createVault, .setVaultPayoutPref(pid: 2, payoutCommission: nil),
            .claimOwnerShares(vaultPid: 2, target: account, shares: .pha(1)), .maybeGainOwnerShares(vaultPid: 2),
            .vaultCheckAndMaybeForceWithdraw(vaultPid: 2), .vaultContribute(pid: 2, amount: .pha(1)),
            .vaultWithdraw(pid: 2, shares: .pha(1)), .addStakerToWhitelist(pid: 1, staker: account),
            .removeStakerFromWhitelist(pid: 1, staker: account), .wrap(amount: .pha(9)), .unwrapAll,
            .unwrap(amount: .pha(9)),
        ]
    }()

    /// The variants of a pallet enum's metadata, by index.
    static func variants(_ description: TypeDescription<TypeReference>) -> [UInt8: TypeVariant<TypeReference>] {
        guard case .variant(let variants) = description.definition else { return [:] }
        return Dictionary(uniqueKeysWithValues: variants.map { ($0.index, $0) })
    }

    @Test func everyCallRoundTripsAtItsMetadataIndexAndName() throws {
        let variants = Self.variants(StakePools.Call.typeInfo)
        #expect(variants.count == Self.calls.count)
        for call in Self.calls {
            let bytes = call.scaleEncoded()
            #expect(variants[bytes[0]]?.name == call.name)
            #expect(try StakePools.Call(scaleDecoding: bytes) == call)
        }
    }

    @Test func eventsRoundTripAtTheirMetadataIndexAndName() throws {
        let variants = Self.variants(StakePools.Event.typeInfo)
        let events: [StakePools.Event] = [
            .poolCreated(owner: World.account(1), pid: 0, cid: 10_000, poolAccountID: World.account(5)),
            .contribution(pid: 0, user: World.account(1), amount: .pha(1), shares: .pha(1), asVault: 1),
            .withdrawal(pid: 0, user: World.account(1), amount: .pha(1), shares: .pha(1), burntShares: .zero),
            .forceShutdown(pid: 1, reason: .waiting3xGracePeriod), .unwrapped(user: World.account(1), amount: .pha(1)),
        ]
        for event in events {
            let bytes = event.scaleEncoded()
            #expect(variants[bytes[0]]?.name == event.name)
            #expect(try StakePools.Event(scaleDecoding: bytes) == event)
        }
        #expect(variants.count == 29)
    }

    @Test func errorsAreListedInIndexOrderWithUniqueNames() {
        let variants = Self.variants(StakePools.Error.typeInfo)
        #expect(variants.count == StakePools.Error.allCases.count)
        #expect(Set(StakePools.Error.allCases.map(\.name)).count == StakePools.Error.allCases.count)
        for error in StakePools.Error.allCases { #expect(variants[error.rawValue]?.name == error.name) }
    }

    @Test func thePalletMetadataRegistersInATypeRegistry() throws {
        let world = try World()
        let metadata = world.pallet.metadata
        #expect(metadata.name == "PhalaStakePoolv2")
        #expect(metadata.storage?.entries.count == 12)
        var registry = TypeRegistry()
        for reference in [metadata.calls, metadata.event, metadata.error].compactMap(\.self) {
            _ = registry.register(reference)
        }
        _ = registry.register(PoolProxy.self)
        #expect(registry.portable.types.count > 10)
    }

    @Test func derivedAccountsFollowPhalasRecipes() throws {
        // stake_pool_v2.rs test `test_pool_subaccount`: pid 1, worker 0…0.
        let session = PoolAccounts.sessionAccount(pid: 1, worker: FixedBytes(repeating: 0))
        #expect(
            session.bytes
                == Array(
                    try FixedBytes<32>(hex: "73706d2f02ab4d74c86ec3b3997a4fadf33e55e8279650c8539ea67e053c02dc").bytes
                )
        )
        #expect(PoolAccounts.wrappedBalances.bytes == Array("wpha/".utf8) + [UInt8](repeating: 0, count: 27))
        #expect(PoolAccounts.subsidyPool.bytes == Array("modlphala/pp".utf8) + [UInt8](repeating: 0, count: 20))
        let owner = World.account(1)
        #expect(PoolAccounts.poolAccount(pid: 0, owner: owner).bytes.prefix(3) == Array("bp/".utf8)[...])
        #expect(
            PoolAccounts.lockAccount(pid: 0, owner: owner).bytes.dropFirst(3)
                == PoolAccounts.ownerRewardAccount(pid: 0, owner: owner).bytes.dropFirst(3)
        )
    }
}
