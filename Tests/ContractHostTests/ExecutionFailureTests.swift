import ContractHost
import SCALE
import Testing

@Suite struct ExecutionFailureTests {
    /// pink-abi.md §8.3: a panicking constructor gives Module{index 4, error [12,0,0,0]}.
    @Test func contractTrappedEncodesAsModuleFourErrorTwelve() {
        #expect(ExecutionFailure.contracts(.contractTrapped).scaleEncoded() == [3, 4, 12, 0, 0, 0])
    }

    /// pink-abi.md §8.3 test_for_errors: KeySeedMissing is Module{5,[3,0,0,0]}.
    @Test func pinkErrorsUsePalletIndexFive() {
        #expect(ExecutionFailure.pink(.keySeedMissing).scaleEncoded() == [3, 5, 3, 0, 0, 0])
        #expect(ExecutionFailure.other("bad url").scaleEncoded() == [0])
        #expect(ExecutionFailure.badOrigin.scaleEncoded() == [2])
    }
}
