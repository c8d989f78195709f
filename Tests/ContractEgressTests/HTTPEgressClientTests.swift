import ContractEgress
import ContractHost
import Testing

/// The worker's HTTP egress against a loopback Hummingbird server.
@Suite(.serialized) struct HTTPEgressClientTests {
    func client(_ configuration: HTTPEgressClient.Configuration) -> HTTPEgressClient {
        HTTPEgressClient(configuration: configuration)
    }

    /// With allowPrivateNetworks the loopback server answers, headers and body included.
    @Test func loopbackIsReachableWhenPrivateNetworksAreAllowed() async throws {
        let egress = client(.init(allowPrivateNetworks: true))
        defer { try? egress.shutdown() }
        let result = try await LoopbackServer.with { port in
            await LoopbackServer.blocking {
                egress.send(HttpRequest(url: "http://127.0.0.1:\(port)/hello"), timeout: .seconds(10))
            }
        }
        let response = try result.get()
        #expect(response.statusCode == 200 && response.reasonPhrase == "OK")
        #expect(response.body == Array("hello".utf8))
        #expect(response.headers.contains(HttpHeader("x-test", "yes")) || response.headers.contains(HttpHeader("X-Test", "yes")))
    }

    /// By default loopback (by address or by name) is refused with NotAllowed before any connection.
    @Test func loopbackIsRefusedByDefault() async throws {
        let egress = client(.init())
        defer { try? egress.shutdown() }
        let results = try await LoopbackServer.with { port in
            await LoopbackServer.blocking {
                [
                    egress.send(HttpRequest(url: "http://127.0.0.1:\(port)/hello"), timeout: .seconds(10)),
                    egress.send(HttpRequest(url: "http://localhost:\(port)/hello"), timeout: .seconds(10)),
                    egress.send(HttpRequest(url: "http://[::1]:\(port)/hello"), timeout: .seconds(10)),
                ]
            }
        }
        #expect(results == [.failure(.notAllowed), .failure(.notAllowed), .failure(.notAllowed)])
        let batch = egress.send(batch: [HttpRequest(url: "http://10.0.0.1/")], timeout: .seconds(1))
        #expect(batch == .success([.failure(.notAllowed)]))
    }

    /// A server slower than the timeout gives Timeout for a single request and fails a whole batch.
    @Test func slowServerTimesOut() async throws {
        let egress = client(.init(timeout: .milliseconds(300), allowPrivateNetworks: true))
        defer { try? egress.shutdown() }
        let (single, batch) = try await LoopbackServer.with { port in
            await LoopbackServer.blocking {
                let request = HttpRequest(url: "http://127.0.0.1:\(port)/slow")
                return (egress.send(request, timeout: .seconds(10)), egress.send(batch: [request], timeout: .seconds(10)))
            }
        }
        #expect(single == .failure(.timeout))
        #expect(batch == .failure(.timeout))
    }

    /// A body over the cap is 524 "IO Error" for a single request and ResponseTooLarge inside a batch.
    @Test func bodyOverTheCapIsRefused() async throws {
        let egress = client(.init(maximumBodySize: 1000, allowPrivateNetworks: true))
        defer { try? egress.shutdown() }
        let (single, batch) = try await LoopbackServer.with { port in
            await LoopbackServer.blocking {
                let large = HttpRequest(url: "http://127.0.0.1:\(port)/large")
                let small = HttpRequest(url: "http://127.0.0.1:\(port)/hello")
                return (egress.send(large, timeout: .seconds(10)), egress.send(batch: [large, small], timeout: .seconds(10)))
            }
        }
        let response = try single.get()
        #expect(response.statusCode == 524 && response.reasonPhrase == "IO Error")
        let results = try batch.get()
        #expect(results.count == 2 && results[0] == .failure(.responseTooLarge))
        #expect((try? results[1].get())?.body == Array("hello".utf8))
    }

    /// A refused connection is pink's 523 "Unreachable" with the error text as body.
    @Test func closedPortIsUnreachable() throws {
        let egress = client(.init(allowPrivateNetworks: true))
        defer { try? egress.shutdown() }
        let response = try egress.send(HttpRequest(url: "http://127.0.0.1:1/"), timeout: .seconds(10)).get()
        #expect(response.statusCode == 523 && response.reasonPhrase == "Unreachable" && !response.body.isEmpty)
    }

    /// Malformed requests are refused before anything is sent.
    @Test func malformedRequestsAreRefused() {
        let egress = client(.init(maximumHeaderCount: 2))
        defer { try? egress.shutdown() }
        #expect(egress.send(HttpRequest(url: "ftp://example.com/"), timeout: .seconds(1)) == .failure(.invalidUrl))
        #expect(egress.send(HttpRequest(url: "not a url"), timeout: .seconds(1)) == .failure(.invalidUrl))
        #expect(egress.send(HttpRequest(url: "http://example.com/", method: "GE T"), timeout: .seconds(1)) == .failure(.invalidMethod))
        let badName = HttpRequest(url: "http://example.com/", headers: [HttpHeader("a b", "c")])
        #expect(egress.send(badName, timeout: .seconds(1)) == .failure(.invalidHeaderName))
        let badValue = HttpRequest(url: "http://example.com/", headers: [HttpHeader("a", "b\r\nc: d")])
        #expect(egress.send(badValue, timeout: .seconds(1)) == .failure(.invalidHeaderValue))
        let many = HttpRequest(url: "http://example.com/", headers: Array(repeating: HttpHeader("a", "b"), count: 3))
        #expect((try? egress.send(many, timeout: .seconds(1)).get())?.statusCode == 524)
    }
}
