import HummingbirdWSClient
import JSONRPC
import NIOWebSocket
import PhalaNode
import Testing

@Suite struct RPCServerTests {
    @Test func methodsAndTheirAliasesAnswerOverWebSocket() async throws {
        try await withServer(testMethods()) { port in
            try await withRawSocket(port: port) { socket in
                let reply = try await socket.call(#"{"jsonrpc":"2.0","id":1,"method":"test_echo","params":[1,"a"]}"#)
                #expect(reply == ["jsonrpc": "2.0", "id": 1, "result": [1, "a"]])
                let alias = try await socket.call(#"{"jsonrpc":"2.0","id":2,"method":"test_echoAlias","params":[true]}"#)
                #expect(alias?["result"] == [true])
            }
        }
    }

    @Test func rpcMethodsListsEveryNameIncludingAliasesSubscriptionsAndItself() async throws {
        try await withServer(testMethods()) { port in
            try await withRawSocket(port: port) { socket in
                let reply = try await socket.call(#"{"jsonrpc":"2.0","id":1,"method":"rpc_methods","params":[]}"#)
                let names = try #require(reply?["result"]?["methods"]?.array).compactMap(\.string)
                #expect(
                    names == [
                        "rpc_methods", "test_byteCount", "test_echo", "test_echoAlias", "test_fail", "test_release",
                        "test_subscribeCount", "test_subscribeCountAlias", "test_unsubscribeCount", "test_wait",
                    ]
                )
            }
        }
    }

    @Test func idsAreEchoedWithTheirJSONType() async throws {
        try await withServer(testMethods()) { port in
            try await withRawSocket(port: port) { socket in
                for id in [#""abc""#, "7", "18446744073709551615", "1.5", "null", "-0"] {
                    try await socket.send(#"{"jsonrpc":"2.0","id":"# + id + #","method":"test_echo","params":[]}"#)
                    guard case .text(let text)? = try await socket.inbound.next() else { throw RawSocketError(reason: "no reply") }
                    #expect(text == #"{"jsonrpc":"2.0","id":"# + id + #","result":[]}"#)
                }
            }
        }
    }

    @Test func malformedJSONGetsAParseErrorAndTheConnectionKeepsServing() async throws {
        try await withServer(testMethods()) { port in
            try await withRawSocket(port: port) { socket in
                for garbage in ["{", "not json", #"{"jsonrpc":"2.0","id":1,"method":"test_echo"} trailing"#, "\u{0}"] {
                    let reply = try await socket.call(garbage)
                    #expect(reply?["id"] == .null)
                    #expect(reply?["error"]?["code"] == .integer(-32700))
                }
                let invalid = try await socket.call(#"{"jsonrpc":"1.0","id":5,"method":"test_echo"}"#)
                #expect(invalid?["id"] == 5)
                #expect(invalid?["error"]?["code"] == .integer(-32600))
                let reply = try await socket.call(#"{"jsonrpc":"2.0","id":6,"method":"test_echo","params":[]}"#)
                #expect(reply?["result"] == [])
            }
        }
    }

    @Test func unknownMethodsAndWrongParametersGetTheirCodes() async throws {
        try await withServer(testMethods()) { port in
            try await withRawSocket(port: port) { socket in
                let unknown = try await socket.call(#"{"jsonrpc":"2.0","id":1,"method":"chain_nope","params":[]}"#)
                #expect(unknown?["error"]?["code"] == .integer(-32601))
                let wrongType = try await socket.call(#"{"jsonrpc":"2.0","id":2,"method":"test_byteCount","params":[12]}"#)
                #expect(wrongType?["error"] == ["code": -32602, "message": "Invalid params", "data": "expected a 0x-prefixed hex string at position 0, got a number"])
                let failed = try await socket.call(#"{"jsonrpc":"2.0","id":3,"method":"test_fail","params":[]}"#)
                #expect(failed?["error"] == ["code": 1010, "message": "Invalid Transaction", "data": "Transaction has a bad signature"])
                let fine = try await socket.call(#"{"jsonrpc":"2.0","id":4,"method":"test_byteCount","params":["0x0102"]}"#)
                #expect(fine?["result"] == 2)
            }
        }
    }

    @Test func pipelinedCallsRunConcurrentlyAndRepliesMatchTheirIds() async throws {
        try await withServer(testMethods()) { port in
            try await withRawSocket(port: port) { socket in
                // test_wait only returns after test_release, sent later on the same connection: a server that
                // answered in order would never reply.
                try await socket.send(#"{"jsonrpc":"2.0","id":"waiter","method":"test_wait","params":[]}"#)
                for id in 1...20 { try await socket.send(#"{"jsonrpc":"2.0","id":\#(id),"method":"test_echo","params":[\#(id)]}"#) }
                try await socket.send(#"{"jsonrpc":"2.0","id":"releaser","method":"test_release","params":[]}"#)
                var results: [JSONValue: JSONValue] = [:]
                while results.count < 22, let reply = try await socket.receive() {
                    results[try #require(reply["id"])] = reply["result"]
                }
                #expect(results[.string("waiter")] == "released")
                #expect(results[.string("releaser")] == true)
                for id in 1...20 { #expect(results[.integer(Int64(id))] == [.integer(Int64(id))]) }
            }
        }
    }

    @Test func batchesAreAnsweredInOrderWithoutRepliesForNotifications() async throws {
        try await withServer(testMethods()) { port in
            try await withRawSocket(port: port) { socket in
                let batch = #"""
                    [{"jsonrpc":"2.0","id":1,"method":"test_echo","params":["a"]},
                     {"jsonrpc":"2.0","method":"test_echo","params":["ignored"]},
                     {"jsonrpc":"2.0","id":2,"method":"nope"},
                     {"jsonrpc":"2.0","id":3,"method":"test_subscribeCount","params":[1]},
                     7]
                    """#
                let replies = try #require(try await socket.call(batch)?.array)
                #expect(replies.map { $0["id"] } == [1, 2, 3, .null])
                #expect(replies[0]["result"] == ["a"])
                #expect(replies[1]["error"]?["code"] == .integer(-32601))
                #expect(replies[2]["error"]?["code"] == .integer(-32600))
                #expect(replies[3]["error"]?["code"] == .integer(-32600))
            }
        }
    }

    @Test func anOversizedMessageClosesOnlyThatConnectionWithCode1009() async throws {
        let configuration = RPCServer.Configuration(port: 0, maxFrameSize: 1024)
        try await withServer(testMethods(), configuration: configuration) { port in
            let closing = try await withRawSocket(port: port) { socket in
                let padding = String(repeating: "0", count: 2048)
                try await socket.send(#"{"jsonrpc":"2.0","id":1,"method":"test_byteCount","params":["0x\#(padding)"]}"#)
                #expect(try await socket.receive() == nil)
            }
            #expect(closing?.closeCode == .messageTooLarge)
            try await withRawSocket(port: port) { socket in
                let reply = try await socket.call(#"{"jsonrpc":"2.0","id":2,"method":"test_byteCount","params":["0x00"]}"#)
                #expect(reply?["result"] == 1)
            }
        }
    }
}
