import Testing

@testable import JSONRPC

@Suite struct RequestTests {
    private func request(_ text: String) throws -> Request {
        try Request(json: try JSONValue(parsing: text))
    }

    private func rejection(_ text: String) throws -> InvalidRequest? {
        do {
            _ = try Request(json: try JSONValue(parsing: text))
            return nil
        } catch let error as InvalidRequest {
            return error
        }
    }

    @Test func idsKeepTheirJSONTypeAndValue() throws {
        let cases: [(String, JSONValue)] = [
            ("1", .integer(1)), (#""1""#, .string("1")), ("1.5", .decimal("1.5")), ("null", .null),
            ("18446744073709551615", .unsignedInteger(.max)), ("-3", .integer(-3)), (#""""#, .string("")),
        ]
        for (literal, id) in cases {
            let parsed = try request(#"{"jsonrpc":"2.0","id":"# + literal + #","method":"m"}"#)
            #expect(parsed.id == id)
            let reply = Response(id: try #require(parsed.id), result: .success(.null)).json.description
            #expect(reply == #"{"jsonrpc":"2.0","id":"# + literal + #","result":null}"#)
        }
    }

    @Test func aRequestWithoutIdIsANotification() throws {
        #expect(try request(#"{"jsonrpc":"2.0","method":"m","params":[]}"#).id == nil)
    }

    @Test func absentAndNullParamsAreNone() throws {
        #expect(try request(#"{"jsonrpc":"2.0","id":1,"method":"m"}"#).params == .none)
        #expect(try request(#"{"jsonrpc":"2.0","id":1,"method":"m","params":null}"#).params == .none)
        #expect(try request(#"{"jsonrpc":"2.0","id":1,"method":"m","params":[1]}"#).params == .positional([1]))
        #expect(try request(#"{"jsonrpc":"2.0","id":1,"method":"m","params":{"a":1}}"#).params == .named(["a": 1]))
    }

    @Test func invalidRequestsAreRejectedWithTheIdWhenItIsReadable() throws {
        let wrongParams = try #require(try rejection(#"{"jsonrpc":"2.0","id":"x","method":"m","params":"0x00"}"#))
        #expect(wrongParams.id == .string("x"))
        #expect(wrongParams.error.code == RPCError.Code.invalidRequest)
        #expect(wrongParams.error.data == .string("\"params\" must be an array, an object or null, not a string"))

        let noVersion = try #require(try rejection(#"{"id":4,"method":"m"}"#))
        #expect(noVersion.id == .integer(4))
        #expect(noVersion.error.data == .string("\"jsonrpc\" must be \"2.0\""))

        let noMethod = try #require(try rejection(#"{"jsonrpc":"2.0","id":4,"method":7}"#))
        #expect(noMethod.error.data == .string("\"method\" must be a string"))

        for badID in ["[1]", "{}", "true"] {
            let rejected = try #require(try rejection(#"{"jsonrpc":"2.0","id":"# + badID + #","method":"m"}"#))
            #expect(rejected.id == .null)
            #expect(rejected.error.code == RPCError.Code.invalidRequest)
        }
        #expect(try rejection("[]")?.id == .null)
        #expect(try rejection("42")?.error.data == .string("a request must be a JSON object, not a number"))
    }

    @Test func requestsSerialiseInJSONRPCOrder() {
        let call = Request(id: .integer(3), method: "state_getStorage", params: .positional(["0x00", .null]))
        #expect(call.json.description == #"{"jsonrpc":"2.0","id":3,"method":"state_getStorage","params":["0x00",null]}"#)
        let bare = Request(id: nil, method: "system_health")
        #expect(bare.json.description == #"{"jsonrpc":"2.0","method":"system_health"}"#)
    }
}
