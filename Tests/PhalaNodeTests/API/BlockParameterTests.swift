import JSONRPC
import PhalaPrimitives
import Testing

@testable import PhalaNode

@Suite struct BlockParameterTests {
    @Test func numbersAreJSONIntegersOrHexStrings() throws {
        #expect(try BlockParameter.number(7, at: 0) == 7)
        #expect(try BlockParameter.number("0x1A", at: 0) == 26)
        #expect(try BlockParameter.number("0xffffffff", at: 0) == .max)
        for bad: JSONValue in ["0x100000000", "12", "0x", "0xg", -3, .null, .decimal("1.5")] {
            #expect(throws: RPCError.self, "\(bad)") { try BlockParameter.number(bad, at: 0) }
        }
    }

    @Test func hashesAre32BytesOfHex() throws {
        let text = "0x" + String(repeating: "aB", count: 32)
        #expect(try BlockParameter.hash(.string(text), at: 1).description == text.lowercased())
        do {
            _ = try BlockParameter.hash("0x12", at: 1)
            Issue.record("a 1-byte hash was accepted")
        } catch {
            #expect(error.code == RPCError.Code.invalidParams)
            #expect(error.data?.string?.contains("32-byte block hash") == true)
            #expect(error.data?.string?.contains("position 1") == true)
        }
        #expect(try BlockParameter.optionalHash(.positional([.null]), at: 0) == nil)
        #expect(try BlockParameter.optionalHash(.none, at: 0) == nil)
    }

    @Test func hexBytesNeedThePrefixAndAnEvenDigitCount() {
        #expect(BlockParameter.hexBytes("0x0aFf") == [0x0a, 0xff])
        #expect(BlockParameter.hexBytes("0x") == [])
        #expect(BlockParameter.hexBytes("0aff") == nil)
        #expect(BlockParameter.hexBytes("0x0af") == nil)
        #expect(BlockParameter.hexBytes("0xzz") == nil)
    }
}
