import Testing

@testable import JSONRPC

@Suite struct ResponseTests {
    @Test func successAlwaysCarriesResultEvenWhenNull() {
        #expect(Response(id: 1, result: .success(.null)).json.description == #"{"jsonrpc":"2.0","id":1,"result":null}"#)
    }

    @Test func errorsCarryCodeMessageAndOptionalData() {
        let withData = Response(id: "a", result: .failure(.invalidTransaction("Transaction has a bad signature")))
        #expect(
            withData.json.description
                == #"{"jsonrpc":"2.0","id":"a","error":{"code":1010,"message":"Invalid Transaction","data":"Transaction has a bad signature"}}"#
        )
        let bare = Response(id: .null, result: .failure(RPCError(code: -32000, message: "x")))
        #expect(bare.json.description == #"{"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"x"}}"#)
    }

    @Test func responsesReadBackFromTheirJSON() throws {
        let replies = [
            Response(id: 9, result: .success(["methods": ["a"]])),
            Response(id: "s", result: .failure(.methodNotFound("nope"))),
        ]
        for reply in replies {
            #expect(try Response(json: JSONValue(parsing: reply.json.description)) == reply)
        }
    }

    @Test func malformedResponsesAreRejected() throws {
        #expect(throws: MalformedMessage("response has no \"id\"")) { try Response(json: ["jsonrpc": "2.0", "result": 1]) }
        #expect(throws: MalformedMessage("response has neither \"result\" nor \"error\"")) { try Response(json: ["id": 1]) }
        #expect(throws: MalformedMessage("error object has no integer \"code\"")) {
            try Response(json: ["id": 1, "error": ["message": "x"]])
        }
    }

    @Test func substrateCodesHaveTheirNumbers() {
        #expect(RPCError.Code.parseError == -32700)
        #expect(RPCError.Code.invalidRequest == -32600)
        #expect(RPCError.Code.methodNotFound == -32601)
        #expect(RPCError.Code.invalidParams == -32602)
        #expect(RPCError.Code.internalError == -32603)
        #expect(RPCError.Code.badFormat == 1001)
        #expect(RPCError.Code.verificationError == 1002)
        #expect(RPCError.Code.invalidTransaction == 1010)
        #expect(RPCError.Code.unknownValidity == 1011)
        #expect(RPCError.Code.temporarilyBanned == 1012)
        #expect(RPCError.Code.alreadyImported == 1013)
        #expect(RPCError.Code.priorityTooLow == 1014)
    }
}
