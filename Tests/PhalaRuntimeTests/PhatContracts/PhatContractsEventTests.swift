import PalletPhatContracts
import PhalaPrimitives
import PhalaRuntime
import SCALE
import Testing

/// Every Phat Contracts event survives a round trip through `RuntimeEvent` (the three-key
/// `Instantiating` once crashed `RuntimeEvent.init(from:)` in debug builds).
@Suite struct PhatContractsEventTests {
    static let events: [PhatContracts.Event] = [
        .clusterCreated(cluster: H256(FixedBytes(repeating: 1)), systemContract: H256(FixedBytes(repeating: 2))),
        .instantiating(
            contract: .zero,
            cluster: H256(FixedBytes(repeating: 1)),
            deployer: AccountId32(FixedBytes(repeating: 3))
        ),
        .transfered(cluster: .zero, account: H256(FixedBytes(repeating: 4)), amount: .pha(1)),
    ]

    @Test(arguments: events) func theEventRoundTripsThroughTheRuntimeEvent(_ event: PhatContracts.Event) throws {
        let outer = RuntimeEvent.phatContracts(event)
        #expect(try RuntimeEvent(scaleDecoding: outer.scaleEncoded()) == outer)
    }
}
