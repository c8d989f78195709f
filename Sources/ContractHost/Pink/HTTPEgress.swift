/// The worker's outgoing HTTP, through which a query's `http_request` and `batch_http_request` reach the
/// internet (pink-abi.md §5.2 ids 1 and 22).
///
/// Synchronous because the contract host is: a call blocks the executing contract until the answer or
/// the timeout. Implementations decide which addresses may be reached (a refused address is
/// `.notAllowed`) and bound the response (a body over the limit is `.responseTooLarge`).
public protocol HTTPEgress: Sendable {
    /// Sends one request and waits for the answer.
    ///
    /// Failures that pink reports to the contract as a response come back as `.success`: a network
    /// failure as `HttpResponse.unreachable(text)` (523), a response over the body limit or with too many
    /// headers as `HttpResponse.ioError(text)` (524). The other errors end the contract's execution.
    /// - Parameters:
    ///   - request: the contract's request.
    ///   - timeout: how long the whole exchange may take.
    /// - Returns: the response, or why the request was refused or failed.
    func send(_ request: HttpRequest, timeout: Duration) -> Result<HttpResponse, HttpRequestError>

    /// Sends up to 5 requests concurrently and waits for all of them.
    /// - Parameters:
    ///   - requests: the contract's requests, at most 5 (the extension checks the count).
    ///   - timeout: how long the whole batch may take.
    /// - Returns: one result per request, in order; or `.failure(.timeout)` when the batch as a whole ran
    ///   out of time (any other whole-batch failure uses its own error).
    func send(
        batch requests: [HttpRequest],
        timeout: Duration
    ) -> Result<[Result<HttpResponse, HttpRequestError>], HttpRequestError>
}
