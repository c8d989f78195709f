import ContractHost
import SCALE
import Testing

/// pink-abi.md §5.2 ids 1 and 22 and §8.3 test_http_req / test_batch_http_req, over a scripted egress.
@Suite struct PinkExtensionHTTPTests {
    let request = HttpRequest(url: "https://example.com/", method: "GET", headers: [HttpHeader("Accept", "*/*")])

    func pink(_ egress: FakeEgress) -> PinkExtension {
        PinkExtension(environment: FakeEnvironment(egress: egress))
    }

    /// pink-abi.md §8.3: http_get in Tx → 0b02 (523), "API Unavailable", no headers, body
    /// "HTTP request is not supported in transaction"; the egress is never asked.
    @Test(arguments: transactionModes)
    func httpRequestInTransactionIsUnavailable(mode: ExecutionMode) throws {
        let egress = FakeEgress()
        let output = try pink(egress).call(.httpRequest, request, frame: FakeFrame(mode)).output
        let reason = Array("API Unavailable".utf8)
        let body = Array("HTTP request is not supported in transaction".utf8)
        #expect(output == [0x0B, 0x02, UInt8(reason.count * 4)] + reason + [0x00, UInt8(body.count * 4)] + body)
        #expect(egress.calls.isEmpty)
    }

    /// A query passes the request through with pink's 10 s query time and returns the response.
    @Test func httpRequestInQueryGoesThroughTheEgress() throws {
        let response = HttpResponse(statusCode: 404, reasonPhrase: "Not Found", headers: [HttpHeader("a", "b")], body: [1])
        let egress = FakeEgress(single: .success(response))
        let result = try pink(egress).call(.httpRequest, request, frame: FakeFrame(.query))
        #expect(try decoded(result, as: HttpResponse.self) == response)
        #expect(egress.calls.map(\.requests) == [[request]])
        #expect(egress.calls.first?.timeout == .seconds(10))
    }

    /// pink-abi.md §5.2 id 1: refusals end the execution with Other; newer I/O error kinds become 524 "IO Error".
    @Test func httpRequestErrorsTrapOrBecomeIOErrorResponses() throws {
        for error in [HttpRequestError.invalidUrl, .invalidMethod, .invalidHeaderName, .invalidHeaderValue, .timeout, .notAllowed] {
            #expect(throws: ExecutionFailure.other(error.description)) {
                try pink(FakeEgress(single: .failure(error))).call(.httpRequest, request, frame: FakeFrame(.query))
            }
        }
        for error in [HttpRequestError.networkError, .responseTooLarge, .tooManyHeaders] {
            let result = try pink(FakeEgress(single: .failure(error))).call(.httpRequest, request, frame: FakeFrame(.query))
            #expect(try decoded(result, as: HttpResponse.self) == .ioError(error.description))
        }
    }

    /// pink-abi.md §8.3 test_batch_http_req: Tx → status 7 (NotAllowed) with empty output.
    @Test(arguments: transactionModes)
    func batchInTransactionIsNotAllowed(mode: ExecutionMode) throws {
        let result = try pink(FakeEgress()).call(.batchHttpRequest, [request], UInt64(1), frame: FakeFrame(mode))
        #expect(result == ChainExtensionResult(status: 7, output: []))
        #expect(PinkFunction.batchHttpRequest.handlesStatus)
    }

    /// Query: the results vector is the output; the timeout is min(timeout_ms, 10 s) + 200 ms.
    @Test func batchInQueryReturnsEveryResult() throws {
        let results: [Result<HttpResponse, HttpRequestError>] = [
            .success(HttpResponse(statusCode: 200, reasonPhrase: "OK", body: Array("https://example.com/".utf8))),
            .failure(.notAllowed),
        ]
        let egress = FakeEgress(batch: .success(results))
        let result = try pink(egress).call(.batchHttpRequest, [request, request], UInt64(1), frame: FakeFrame(.query))
        #expect(result.status == 0)
        #expect(try decoded(result, as: [Result<HttpResponse, HttpRequestError>].self) == results)
        #expect(result.output.suffix(2) == [0x01, 0x06])
        _ = try pink(egress).call(.batchHttpRequest, [request], UInt64.max, frame: FakeFrame(.query))
        #expect(egress.calls.map(\.timeout) == [.milliseconds(201), .milliseconds(10_200)])
    }

    /// pink-abi.md §5.2 id 22: more than 5 requests → status 8; a whole-batch timeout → status 6.
    @Test func batchFailuresBecomeTheStatus() throws {
        let tooMany = try pink(FakeEgress()).call(.batchHttpRequest, Array(repeating: request, count: 6), UInt64(10), frame: FakeFrame(.query))
        #expect(tooMany == ChainExtensionResult(status: 8, output: []))
        let timedOut = try pink(FakeEgress(batch: .failure(.timeout))).call(.batchHttpRequest, [request], UInt64(10), frame: FakeFrame(.query))
        #expect(timedOut == ChainExtensionResult(status: 6, output: []))
    }
}
