import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

@Suite struct BalanceTests {
    @Test func scaleIsSixteenLittleEndianBytesAndCompactInCalls() {
        let amount = Balance(planck: 12345)
        #expect(amount.scaleEncoded() == [0x39, 0x30] + [UInt8](repeating: 0, count: 14))
        // substrate-rpc.md §7.4: value 12345 in transfer_keep_alive is Compact<u128> = e5c0.
        #expect(Compact(amount).scaleEncoded() == [0xe5, 0xc0])
        #expect(Balance(Compact(amount)) == amount)
    }

    @Test func checkedArithmeticRefusesToWrap() {
        #expect(Balance.pha(1).checkedAdding(Balance(planck: 1)) == Balance(planck: 1_000_000_000_001))
        #expect(Balance.max.checkedAdding(Balance(planck: 1)) == nil)
        #expect(Balance(planck: 1).checkedSubtracting(Balance(planck: 2)) == nil)
        #expect(Balance(planck: 5).checkedSubtracting(Balance(planck: 2)) == Balance(planck: 3))
        #expect(Balance.max.saturatingAdding(.pha(1)) == .max)
        #expect(Balance(planck: 1).saturatingSubtracting(.pha(1)) == .zero)
        #expect(Balance.pha(UInt64.max).planck == UInt128(UInt64.max) * 1_000_000_000_000)
    }

    @Test func randomValuesRoundTripThroughScaleCompactAndText() throws {
        var random = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let amount = Balance(planck: random.uint128())
            expectRoundTrip(amount)
            expectRoundTrip(Compact(amount))
            #expect(try Balance(parsing: amount.description) == amount)
            #expect(try Balance(parsing: amount.planckDescription) == amount)
        }
    }
}
