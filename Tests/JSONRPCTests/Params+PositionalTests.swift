import Testing

@testable import JSONRPC

@Suite struct ParamsPositionalTests {
    private func error(_ body: () throws(RPCError) -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            #expect(error.code == RPCError.Code.invalidParams)
            return error.data?.string
        }
    }

    @Test func hexBytesDecodeEitherCase() throws {
        let params = Params.positional(["0x00Ff10", "0x"])
        #expect(try params.hexBytes(at: 0) == [0x00, 0xff, 0x10])
        #expect(try params.hexBytes(at: 1) == [])
    }

    @Test func wrongTypesSayWhatWasExpectedWhere() {
        let params = Params.positional([12, "abc", "0x123", "0xzz", .null])
        #expect(error { () throws(RPCError) in _ = try params.hexBytes(at: 0) } == "expected a 0x-prefixed hex string at position 0, got a number")
        #expect(error { () throws(RPCError) in _ = try params.hexBytes(at: 1) } == "expected a 0x-prefixed hex string at position 1, got a string")
        #expect(error { () throws(RPCError) in _ = try params.hexBytes(at: 2) } == "expected a 0x-prefixed hex string at position 2, got a string")
        #expect(error { () throws(RPCError) in _ = try params.hexBytes(at: 3) } == "expected a 0x-prefixed hex string at position 3, got a string")
        #expect(error { () throws(RPCError) in _ = try params.hexBytes(at: 4) } == "missing parameter at position 4")
        #expect(error { () throws(RPCError) in _ = try params.string(at: 0) } == "expected a string at position 0, got a number")
        #expect(error { () throws(RPCError) in _ = try params.unsignedInteger(at: 1) } == "expected a non-negative integer at position 1, got a string")
        #expect(error { () throws(RPCError) in _ = try params.array(at: 9) } == "missing parameter at position 9")
    }

    @Test func optionalParametersAcceptAbsentAndNull() throws {
        let params = Params.positional(["0xab", .null])
        #expect(try params.optionalHexBytes(at: 1) == nil)
        #expect(try params.optionalHexBytes(at: 2) == nil)
        #expect(try params.optionalHexBytes(at: 0) == [0xab])
        #expect(try params.optionalString(at: 5) == nil)
        #expect(try Params.none.optionalString(at: 0) == nil)
    }

    @Test func namedParametersAreRefusedByPositionalReaders() {
        let params = Params.named(["hash": "0x00"])
        #expect(error { () throws(RPCError) in _ = try params.string(at: 0) } == "expected positional parameters (a JSON array), got an object")
    }

    @Test func integersReadExactly() throws {
        let params = Params.positional([.unsignedInteger(.max), -1, 7])
        #expect(try params.unsignedInteger(at: 0) == .max)
        #expect(try params.unsignedInteger(at: 2) == 7)
        #expect(error { () throws(RPCError) in _ = try params.unsignedInteger(at: 1) } == "expected a non-negative integer at position 1, got a number")
    }
}
