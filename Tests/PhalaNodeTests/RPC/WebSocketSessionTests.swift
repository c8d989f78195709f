import JSONRPC
import PhalaNode
import Testing

@Suite(.timeLimit(.minutes(1))) struct WebSocketSessionTests {
    @Test func subscriptionsNotifyUnderTheirIdUntilUnsubscribed() async throws {
        try await withServer(testMethods()) { port in
            try await withRawSocket(port: port) { socket in
                let reply = try await socket.call(#"{"jsonrpc":"2.0","id":1,"method":"test_subscribeCount","params":[3]}"#)
                let id = try #require(reply?["result"]?.string)
                #expect(id.count == 16)
                for value in 0..<3 {
                    let notification = try await socket.receive()
                    #expect(notification == ["jsonrpc": "2.0", "method": "test_count", "params": ["subscription": .string(id), "result": .integer(Int64(value))]])
                }
                let ended = try await socket.call(#"{"jsonrpc":"2.0","id":2,"method":"test_unsubscribeCount","params":["\#(id)"]}"#)
                #expect(ended?["result"] == true)
                let again = try await socket.call(#"{"jsonrpc":"2.0","id":3,"method":"test_unsubscribeCount","params":["\#(id)"]}"#)
                #expect(again?["result"] == false)
                let unknown = try await socket.call(#"{"jsonrpc":"2.0","id":4,"method":"test_unsubscribeCount","params":["ffffffffffffffff"]}"#)
                #expect(unknown?["result"] == false)
                let numeric = try await socket.call(#"{"jsonrpc":"2.0","id":5,"method":"test_unsubscribeCount","params":[12]}"#)
                #expect(numeric?["result"] == false)
            }
        }
    }

    @Test func aliasSubscriptionsGetDistinctIds() async throws {
        try await withServer(testMethods()) { port in
            try await withRawSocket(port: port) { socket in
                let first = try await socket.call(#"{"jsonrpc":"2.0","id":1,"method":"test_subscribeCount","params":[0]}"#)
                let second = try await socket.call(#"{"jsonrpc":"2.0","id":2,"method":"test_subscribeCountAlias","params":[0]}"#)
                let ids = [first?["result"]?.string, second?["result"]?.string]
                #expect(ids.allSatisfy { $0 != nil })
                #expect(ids[0] != ids[1])
            }
        }
    }

    @Test func aHandlerErrorBeforeAcceptingRejectsTheSubscribeCall() async throws {
        try await withServer(testMethods()) { port in
            try await withRawSocket(port: port) { socket in
                let reply = try await socket.call(#"{"jsonrpc":"2.0","id":1,"method":"test_subscribeCount","params":["x"]}"#)
                #expect(reply?["id"] == 1)
                #expect(reply?["error"]?["code"] == .integer(-32602))
                let next = try await socket.call(#"{"jsonrpc":"2.0","id":2,"method":"test_echo","params":[]}"#)
                #expect(next?["id"] == 2)
            }
        }
    }

    @Test func aHandlerThatEndsWithoutSendingStillAnswersTheSubscribeCall() async throws {
        var methods = RPCMethods()
        methods.subscription(subscribe: "test_subscribeNothing", unsubscribe: "test_unsubscribeNothing", notification: "test_nothing") { _, _ in }
        try await withServer(methods) { port in
            try await withRawSocket(port: port) { socket in
                let reply = try await socket.call(#"{"jsonrpc":"2.0","id":1,"method":"test_subscribeNothing","params":[]}"#)
                let id = try #require(reply?["result"]?.string)
                let ended = try await socket.call(#"{"jsonrpc":"2.0","id":2,"method":"test_unsubscribeNothing","params":["\#(id)"]}"#)
                #expect(ended?["result"] == false)
            }
        }
    }

    @Test func disconnectingCancelsTheSubscriptionHandler() async throws {
        let finished = Gate()
        var methods = RPCMethods()
        methods.subscription(subscribe: "test_subscribeForever", unsubscribe: "test_unsubscribeForever", notification: "test_forever") { _, sink in
            await sink.accept()
            await Gate().wait()
            await finished.open()
        }
        try await withServer(methods) { port in
            try await withRawSocket(port: port) { socket in
                let reply = try await socket.call(#"{"jsonrpc":"2.0","id":1,"method":"test_subscribeForever","params":[]}"#)
                #expect(reply?["result"]?.string != nil)
            }
            await finished.wait()
        }
    }

    @Test func subscriptionsPerConnectionAreLimited() async throws {
        let configuration = RPCServer.Configuration(port: 0, maxSubscriptionsPerConnection: 2)
        try await withServer(testMethods(), configuration: configuration) { port in
            try await withRawSocket(port: port) { socket in
                for id in 1...2 {
                    let reply = try await socket.call(#"{"jsonrpc":"2.0","id":\#(id),"method":"test_subscribeCount","params":[0]}"#)
                    #expect(reply?["result"]?.string != nil)
                }
                let refused = try await socket.call(#"{"jsonrpc":"2.0","id":3,"method":"test_subscribeCount","params":[0]}"#)
                #expect(refused?["error"]?["code"] == .integer(-32006))
            }
        }
    }
}
