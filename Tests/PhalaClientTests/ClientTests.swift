import JSONRPC
import PhalaNode
import Testing

@testable import PhalaClient

@Suite(.timeLimit(.minutes(1))) struct ClientTests {
    @Test func requestsReturnTheirResults() async throws {
        try await withServer(clientTestMethods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                #expect(
                    try await client.request("test_echo", [1, "two", .null, ["k": true]]) == [
                        1, "two", .null, ["k": true],
                    ]
                )
                #expect(try await client.request("test_echo") == [])
                let methods = try await client.request("rpc_methods")
                #expect(methods["methods"]?.array?.contains("test_subscribe") == true)
            }
        }
    }

    @Test func serverErrorsCarryTheRPCError() async throws {
        try await withServer(clientTestMethods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                do throws(ClientError) {
                    _ = try await client.request("test_fail")
                    Issue.record("test_fail succeeded")
                } catch {
                    #expect(error.kind == .server)
                    #expect(error.rpcError?.code == RPCError.Code.invalidParams)
                    #expect(
                        error.description
                            == "test_fail failed: JSON-RPC error -32602: Invalid params: expected a 0x-prefixed hex string at position 0"
                    )
                }
                do throws(ClientError) {
                    _ = try await client.request("chain_nope")
                    Issue.record("chain_nope succeeded")
                } catch {
                    #expect(error.rpcError?.code == RPCError.Code.methodNotFound)
                }
            }
        }
    }

    @Test func concurrentRequestsFromManyTasksAreMatchedById() async throws {
        try await withServer(clientTestMethods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                try await withThrowingTaskGroup(of: (Int64, JSONValue).self) { group in
                    for value in Int64(0)..<200 {
                        group.addTask { (value, try await client.request("test_echo", [.integer(value)])) }
                    }
                    var seen = 0
                    for try await (value, reply) in group {
                        #expect(reply == [.integer(value)])
                        seen += 1
                    }
                    #expect(seen == 200)
                }
            }
        }
    }

    @Test func subscriptionsDeliverInOrderAndUnsubscribeWhenTheConsumerStops() async throws {
        let ending = Ending()
        try await withServer(clientTestMethods(ending: ending)) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                var received: [JSONValue] = []
                for try await value in try await client.subscribe(
                    "test_subscribe",
                    [5],
                    unsubscribe: "test_unsubscribe"
                ) {
                    received.append(value)
                    if received.count == 5 { break }
                }
                #expect(received == [0, 1, 2, 3, 4])
                await ending.wait()
                #expect(try await client.request("test_echo", [1]) == [1])
            }
        }
    }

    @Test func cancellingTheConsumingTaskUnsubscribes() async throws {
        let ending = Ending()
        try await withServer(clientTestMethods(ending: ending)) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                let values = try await client.subscribe("test_subscribe", [1], unsubscribe: "test_unsubscribe")
                let consumer = Task {
                    for try await _ in values {}
                }
                consumer.cancel()
                _ = await consumer.result
                await ending.wait()
            }
        }
    }

    @Test func notificationsThatArriveBeforeTheSubscribeReplyAreDeliveredFirst() async throws {
        try await withServer(clientTestMethods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                // The server numbers a connection's subscriptions from 1; deliver a notification for the first
                // one before subscribing, as a node that pushes before replying would.
                client.receive(
                    #"{"jsonrpc":"2.0","method":"test_value","params":{"subscription":"0000000000000001","result":"early"}}"#
                )
                let values = try await client.subscribe("test_subscribe", [1], unsubscribe: "test_unsubscribe")
                var iterator = values.makeAsyncIterator()
                #expect(try await iterator.next() == "early")
                #expect(try await iterator.next() == 0)
            }
        }
    }

    @Test func aSubscribeCallTheNodeRejectsThrowsItsError() async throws {
        try await withServer(clientTestMethods()) { url in
            try await Client.withConnection(to: url, logger: quietLogger) { client in
                do throws(ClientError) {
                    _ = try await client.subscribe("test_subscribe", ["x"], unsubscribe: "test_unsubscribe")
                    Issue.record("the subscription started")
                } catch {
                    #expect(error.rpcError?.code == RPCError.Code.invalidParams)
                }
            }
        }
    }

    @Test func aCallWithoutReplyTimesOutOnTheInjectedClock() async throws {
        let clock = ManualClock()
        let configuration = Client.Configuration(requestTimeout: .seconds(30))
        try await withServer(clientTestMethods()) { url in
            try await Client.withConnection(to: url, configuration: configuration, clock: clock, logger: quietLogger) {
                client in
                async let outcome: Result<JSONValue, ClientError> = {
                    do throws(ClientError) { return .success(try await client.request("test_never")) } catch {
                        return .failure(error)
                    }
                }()
                try await clock.waitForSleepers(1)
                clock.advance(by: .seconds(29))
                #expect(clock.sleeperCount == 1)
                clock.advance(by: .seconds(1))
                guard case .failure(let error) = await outcome else {
                    Issue.record("test_never answered")
                    return
                }
                #expect(error.kind == .timedOut)
                #expect(
                    error.description
                        == "test_never got no reply within 30.0 seconds; the node may be overloaded or stuck"
                )
                #expect(try await client.request("test_echo", [2]) == [2])
            }
        }
    }

    @Test func losingTheConnectionFailsWaitingCallsAndEndsSubscriptions() async throws {
        let (ports, announce) = AsyncStream<Int>.makeStream()
        let server = RPCServer(configuration: .init(port: 0), methods: clientTestMethods(), logger: quietLogger) {
            _,
            port in
            announce.yield(port)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            var listening = ports.makeAsyncIterator()
            let port = try #require(await listening.next())
            try await Client.withConnection(to: "ws://127.0.0.1:\(port)", logger: quietLogger) { client in
                let values = try await client.subscribe("test_subscribe", [0], unsubscribe: "test_unsubscribe")
                async let pending: ClientError? = {
                    do throws(ClientError) {
                        _ = try await client.request("test_never")
                        return nil
                    } catch {
                        return error
                    }
                }()
                try await Task.sleep(for: .milliseconds(50))
                group.cancelAll()
                #expect(await pending?.kind == .disconnected)
                await #expect(throws: ClientError.self) {
                    for try await _ in values {}
                }
                do throws(ClientError) {
                    _ = try await client.request("test_echo")
                    Issue.record("a call succeeded after the connection closed")
                } catch {
                    #expect(error.kind == .disconnected)
                }
            }
        }
    }

    @Test func connectingToNothingSaysToStartTheNode() async throws {
        do {
            try await Client.withConnection(to: "ws://127.0.0.1:1", logger: quietLogger) { _ in
                Issue.record("connected to port 1")
            }
        } catch let error as ClientError {
            #expect(error.kind == .couldNotConnect)
            #expect(
                error.description.hasPrefix(
                    "could not connect to ws://127.0.0.1:1: is a node running at ws://127.0.0.1:1? start one with `phala dev`"
                )
            )
        }
    }

    @Test func nonWebSocketURLsAreRefused() async throws {
        await #expect(throws: ClientError.invalidURL("http://127.0.0.1:9944")) {
            try await Client.withConnection(to: "http://127.0.0.1:9944", logger: quietLogger) { _ in }
        }
    }
}
