import PalletPhatContracts
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing

/// `PhatContracts.checkInvariants(in:)` accepts the states the calls make and catches each broken rule.
@Suite struct PhatContractsInvariantsTests {
    static let cluster = AddClusterTests.firstCluster
    static let worker = GatekeeperTests.first.pubkey
    static let other = GatekeeperTests.second.pubkey

    /// Applies `damage` to a world with one cluster run by `worker`, then runs the check; a world that
    /// fails before the damage throws `TestFailure`, not a violation.
    static func check(after damage: (inout Overlay) -> Void) throws {
        var world = try InstantiateContractTests.build()
        do { try world.runtime.phatContracts.checkInvariants(in: &world.block.state) } catch {
            throw TestFailure("the undamaged world broke an invariant: \(error)")
        }
        damage(&world.block.state)
        try world.runtime.phatContracts.checkInvariants(in: &world.block.state)
    }

    @Test func aClusterTheCounterNeverReachedIsCaught() {
        #expect(throws: PhatContracts.InvariantViolation.self) {
            try Self.check { state in
                let info = ClusterInfo(
                    owner: DevAccount.alice.id,
                    permission: .public,
                    systemContract: .zero,
                    gasPrice: 0,
                    depositPerItem: 0,
                    depositPerByte: 0
                )
                PhatContracts.Storage.clusters.insert(info, for: H256(FixedBytes(repeating: 9)), in: &state)
            }
        }
    }

    @Test func aWorkerListedTwiceIsCaught() {
        #expect(throws: PhatContracts.InvariantViolation.self) {
            try Self.check { state in
                PhatContracts.Storage.clusterWorkers.insert([Self.worker, Self.worker], for: Self.cluster, in: &state)
            }
        }
    }

    @Test func aListedWorkerRecordedElsewhereIsCaught() {
        #expect(throws: PhatContracts.InvariantViolation.self) {
            try Self.check { state in
                PhatContracts.Storage.clusterWorkers.insert([Self.worker, Self.other], for: Self.cluster, in: &state)
            }
        }
    }

    @Test func aRecordedWorkerMissingFromItsClustersListIsCaught() {
        #expect(throws: PhatContracts.InvariantViolation.self) {
            try Self.check { state in
                PhatContracts.Storage.clusterByWorkers.insert(Self.cluster, for: Self.other, in: &state)
            }
        }
    }
}
