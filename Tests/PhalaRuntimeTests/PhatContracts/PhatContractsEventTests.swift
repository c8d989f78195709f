import PalletPhatContracts
import PhalaPrimitives
import PhalaRuntime
import SCALE
import Testing

/// Every Phat Contracts event survives a round trip through `RuntimeEvent` (the three-key
/// `Instantiating` once crashed `RuntimeEvent.init(from:)` in debug builds), and the new ones keep
/// Phala's indices and field order (pallets/phala/src/phat.rs `Event`).
@Suite struct PhatContractsEventTests {
    static let events: [PhatContracts.Event] = [
        .clusterCreated(cluster: H256(FixedBytes(repeating: 1)), systemContract: H256(FixedBytes(repeating: 2))),
        .instantiating(
            contract: .zero,
            cluster: H256(FixedBytes(repeating: 1)),
            deployer: AccountId32(FixedBytes(repeating: 3))
        ),
        .transfered(cluster: .zero, account: H256(FixedBytes(repeating: 4)), amount: .pha(1)),
        .clusterPubkeyAvailable(cluster: H256(FixedBytes(repeating: 1)), pubkey: FixedBytes(repeating: 5)),
        .clusterDeployed(cluster: .zero, pubkey: FixedBytes(repeating: 5), worker: FixedBytes(repeating: 6)),
        .clusterDeploymentFailed(cluster: .zero, worker: FixedBytes(repeating: 6)),
        .contractPubkeyAvailable(
            contract: .zero,
            cluster: H256(FixedBytes(repeating: 1)),
            pubkey: FixedBytes(repeating: 7)
        ),
        .instantiated(
            contract: .zero,
            cluster: H256(FixedBytes(repeating: 1)),
            deployer: H256(FixedBytes(repeating: 8))
        ),
        .clusterDestroyed(cluster: H256(FixedBytes(repeating: 1))),
        .workerAddedToCluster(worker: FixedBytes(repeating: 6), cluster: H256(FixedBytes(repeating: 1))),
        .workerRemovedFromCluster(worker: FixedBytes(repeating: 6), cluster: H256(FixedBytes(repeating: 1))),
    ]

    @Test(arguments: events) func theEventRoundTripsThroughTheRuntimeEvent(_ event: PhatContracts.Event) throws {
        let outer = RuntimeEvent.phatContracts(event)
        #expect(try RuntimeEvent(scaleDecoding: outer.scaleEncoded()) == outer)
    }

    @Test func newEventsKeepPhalasIndicesAndFieldOrder() {
        let one = [UInt8](repeating: 1, count: 32)
        let six = [UInt8](repeating: 6, count: 32)
        #expect(
            PhatContracts.Event.clusterDeployed(
                cluster: H256(FixedBytes(repeating: 1)),
                pubkey: FixedBytes(repeating: 5),
                worker: FixedBytes(repeating: 6)
            ).scaleEncoded() == [2] + one + [UInt8](repeating: 5, count: 32) + six
        )
        #expect(
            PhatContracts.Event.clusterDestroyed(cluster: H256(FixedBytes(repeating: 1))).scaleEncoded() == [7] + one
        )
        #expect(
            PhatContracts.Event.workerRemovedFromCluster(
                worker: FixedBytes(repeating: 6),
                cluster: H256(FixedBytes(repeating: 1))
            )
            .scaleEncoded() == [10] + six + one
        )
    }
}
