import PhalaClient
import SCALE
import Testing

@Suite struct ContractCallResultTests {
    /// pink-abi.md §6.6: gas ×2 (compact), Charge(0), debug "hi", Ok(flags 0, data 00 01), events None.
    @Test func aSuccessfulResultDecodesItsOutput() throws {
        let bytes: [UInt8] = [0x01, 0x7d, 0x00, 0x01, 0x7d, 0x00, 1] + [UInt8](repeating: 0, count: 16)
            + [8, 0x68, 0x69] + [0, 0, 0, 0, 0, 8, 0, 1] + [0]
        let result = try ContractCallResult(scaleDecoding: bytes)
        #expect(result.gasConsumed == 8000)
        #expect(result.debugMessage == "hi")
        #expect(result.output == [0, 1])
        #expect(!result.reverted)
        #expect(result.dispatchError == nil)
    }

    @Test func aFailedResultKeepsItsDispatchError() throws {
        let bytes: [UInt8] = [0, 0, 0, 0, 1] + [UInt8](repeating: 0, count: 16) + [0] + [1, 3, 4, 12, 0, 0, 0] + [0]
        let result = try ContractCallResult(scaleDecoding: bytes)
        #expect(result.output == nil)
        #expect(result.dispatchError == [3, 4, 12, 0, 0, 0])
    }
}
