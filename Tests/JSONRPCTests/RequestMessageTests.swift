import Testing

@testable import JSONRPC

@Suite struct RequestMessageTests {
    @Test func aSingleObjectIsOneCall() {
        let message = RequestMessage(parsing: Array(#"{"jsonrpc":"2.0","id":1,"method":"m"}"#.utf8))
        #expect(message == .single(Request(id: 1, method: "m")))
    }

    @Test func malformedJSONIsAParseErrorAnsweredToNullId() throws {
        guard case .invalid(let rejection) = RequestMessage(parsing: Array(#"{"jsonrpc":"2.0","id":1,"method""#.utf8)) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(rejection.id == .null)
        #expect(rejection.error.code == RPCError.Code.parseError)
        #expect(rejection.error.message == "Parse error")
    }

    @Test func batchesKeepOrderAndRejectInvalidEntriesIndividually() throws {
        let text = #"[{"jsonrpc":"2.0","id":1,"method":"a"},{"jsonrpc":"2.0","id":2},5]"#
        guard case .batch(let entries) = RequestMessage(parsing: Array(text.utf8)) else {
            Issue.record("expected a batch")
            return
        }
        #expect(entries.count == 3)
        #expect(try entries[0].get() == Request(id: 1, method: "a"))
        guard case .failure(let second) = entries[1], case .failure(let third) = entries[2] else {
            Issue.record("expected two rejections")
            return
        }
        #expect(second.id == .integer(2))
        #expect(third.id == .null)
    }

    @Test func anEmptyBatchIsInvalid() {
        guard case .invalid(let rejection) = RequestMessage(parsing: Array("[]".utf8)) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(rejection.error.code == RPCError.Code.invalidRequest)
    }

    @Test func theSizeLimitApplies() {
        guard case .invalid(let rejection) = RequestMessage(parsing: Array("[1, 2, 3]".utf8), limits: .init(maxBytes: 4)) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(rejection.error.code == RPCError.Code.parseError)
    }
}
