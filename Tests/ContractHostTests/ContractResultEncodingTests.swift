@testable import ContractHost
import Testing

@Suite struct ContractResultEncodingTests {
    /// pink-abi.md §6.6: Weight ×2, StorageDeposit, debug message, Result<ExecReturnValue, DispatchError>, None.
    @Test func aSuccessfulCallEncodesAsPinksContractResult() {
        let outcome = ExecutionOutcome(
            result: .success(ExecReturnValue(flags: 0, data: [0, 1])), instantiatedAddress: nil, gasConsumed: 8000,
            debugMessage: "hi", changes: StateChanges())
        let bytes = outcome.contractResultEncoded()
        // compact(8000) = 0x01 0x7d, compact(0) = 0x00, twice; Charge(0); "hi"; Ok; flags 0; data [0,1]; None
        #expect(bytes == [0x01, 0x7d, 0x00, 0x01, 0x7d, 0x00, 1] + [UInt8](repeating: 0, count: 16) + [8, 0x68, 0x69, 0] + [0, 0, 0, 0] + [8, 0, 1] + [0])
    }

    @Test func aFailureEncodesItsDispatchError() {
        let outcome = ExecutionOutcome(
            result: .failure(.contracts(.outOfGas)), instantiatedAddress: nil, gasConsumed: 0, debugMessage: "",
            changes: StateChanges())
        #expect(Array(outcome.contractResultEncoded().suffix(8)) == [1, 3, 4, 2, 0, 0, 0, 0])
    }
}
