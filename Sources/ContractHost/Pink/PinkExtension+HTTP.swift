extension PinkExtension {
    /// `http_request` (id 1): a transaction always gets 523 "API Unavailable"; a query goes through the
    /// worker's egress, and refusals (bad URL, method or header, no client, timeout, not allowed) end the
    /// contract's execution with `DispatchError::Other`, as in pink.
    func httpRequest(_ request: HttpRequest, mode: ExecutionMode) throws(ExecutionFailure) -> HttpResponse {
        guard mode == .query else { return .unavailableInTransaction }
        switch environment.egress.send(request, timeout: Self.queryTimeLimit) {
        case .success(let response): return response
        case .failure(let error):
            switch error {
            case .networkError, .responseTooLarge, .tooManyHeaders: return .ioError(error.description)
            default: throw .other(error.description)
            }
        }
    }

    /// `batch_http_request` (id 22, status-returning): NotAllowed (status 7) in a transaction, TooManyRequests
    /// (8) over 5 requests; otherwise the requests run together within min(timeout, query time) + 200 ms and
    /// each result lands in the output vector, while a failure of the whole batch becomes the status.
    func batchHttpRequest(
        _ requests: [HttpRequest], timeoutMilliseconds: UInt64, mode: ExecutionMode
    ) -> ChainExtensionResult {
        guard mode == .query else { return .failure(.notAllowed) }
        guard requests.count <= Self.maximumBatchSize else { return .failure(.tooManyRequests) }
        let requested = Duration.milliseconds(Int64(clamping: timeoutMilliseconds))
        let timeout = min(requested, Self.queryTimeLimit) + .milliseconds(200)
        switch environment.egress.send(batch: requests, timeout: timeout) {
        case .success(let results): return .value(results)
        case .failure(let error): return .failure(error)
        }
    }
}

extension ChainExtensionResult {
    /// A status-returning function's `Err`: the error's status code, empty output.
    fileprivate static func failure(_ error: HttpRequestError) -> ChainExtensionResult {
        ChainExtensionResult(status: error.statusCode, output: [])
    }
}
