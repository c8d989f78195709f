import AsyncHTTPClient
public import ContractHost
import Foundation
import NIOCore
import NIOHTTP1

/// The worker's `HTTPEgress` over async-http-client: contracts' queries reach the internet through it.
///
/// Each call blocks the calling thread on the client's futures (`wait()`), because the contract host is
/// synchronous; never call it from a SwiftNIO event loop thread. Requests are checked first (URL scheme
/// http/https with a host, method and header syntax, header count, `EgressPolicy`), then sent with a
/// deadline of min(requested timeout, `configuration.timeout`); redirects are not followed. Call
/// `shutdown()` before the last reference goes away: async-http-client requires it.
public final class HTTPEgressClient: HTTPEgress {
    /// The limits in force.
    public let configuration: Configuration
    private let policy: EgressPolicy
    private let client: HTTPClient

    /// Creates a client with its own connection pool on the shared event loop group.
    /// - Parameter configuration: timeout, body cap, header cap and address policy.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        policy = EgressPolicy(allowPrivateNetworks: configuration.allowPrivateNetworks)
        var clientConfiguration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        // A refused connection is the contract's answer (523), not something to retry until the deadline.
        clientConfiguration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: clientConfiguration)
    }

    /// Closes the client's connections; no request may be sent afterwards.
    /// - Throws: async-http-client's error when the client was already shut down.
    public func shutdown() throws {
        try client.syncShutdown()
    }

    /// Sends one request; network failures come back as 523 responses and oversized answers as 524, as
    /// pink's `http_request` reports them.
    /// - Parameters:
    ///   - request: the contract's request.
    ///   - timeout: the caller's limit, capped by `configuration.timeout`.
    /// - Returns: the response, or the refusal (bad URL, method or header, not allowed, timeout).
    public func send(_ request: HttpRequest, timeout: Duration) -> Result<HttpResponse, HttpRequestError> {
        let deadline = deadline(after: timeout)
        let result = start(request, deadline: deadline).flatMap { Self.wait(for: $0) }
        switch result {
        case .success(let response): return .success(response)
        case .failure(let failure):
            switch failure.kind {
            case .networkError: return .success(.unreachable(failure.message))
            case .responseTooLarge, .tooManyHeaders: return .success(.ioError(failure.message))
            default: return .failure(failure.kind)
            }
        }
    }

    /// Starts every request at once and waits for all of them under one deadline.
    /// - Parameters:
    ///   - requests: the contract's requests.
    ///   - timeout: the batch's limit, capped by `configuration.timeout`.
    /// - Returns: one result per request, or `.failure(.timeout)` when the deadline cut the batch short.
    public func send(
        batch requests: [HttpRequest],
        timeout: Duration
    ) -> Result<[Result<HttpResponse, HttpRequestError>], HttpRequestError> {
        let deadline = deadline(after: timeout)
        let started = requests.map { start($0, deadline: deadline) }
        var results: [Result<HttpResponse, HttpRequestError>] = []
        for pending in started {
            switch pending.flatMap({ Self.wait(for: $0) }) {
            case .success(let response): results.append(.success(response))
            case .failure(let failure) where failure.kind == .timeout: return .failure(.timeout)
            case .failure(let failure): results.append(.failure(failure.kind))
            }
        }
        return .success(results)
    }

    /// The point in time `timeout` (capped by the configuration) from now.
    private func deadline(after timeout: Duration) -> NIODeadline {
        let limit = min(timeout, configuration.timeout)
        let (seconds, attoseconds) = limit.components
        let nanoseconds = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        let total = nanoseconds.overflow ? Int64.max : nanoseconds.partialValue &+ attoseconds / 1_000_000_000
        return .now() + .nanoseconds(max(total, 0))
    }

    /// Checks a request and hands it to the client.
    private func start(
        _ request: HttpRequest, deadline: NIODeadline
    ) -> Result<EventLoopFuture<HTTPClient.Response>, EgressFailure> {
        let prepared: HTTPClient.Request
        do {
            prepared = try prepare(request)
        } catch {
            return .failure(error)
        }
        let accumulator = ResponseAccumulator(request: prepared, maxBodySize: configuration.maximumBodySize)
        return .success(client.execute(request: prepared, delegate: accumulator, deadline: deadline).futureResult)
    }

    /// Validates the contract's request and turns it into async-http-client's.
    private func prepare(_ request: HttpRequest) throws(EgressFailure) -> HTTPClient.Request {
        guard let url = URL(string: request.url), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { throw EgressFailure(.invalidUrl, "not an http(s) URL with a host: \(request.url)") }
        guard Self.isToken(request.method) else { throw EgressFailure(.invalidMethod, "invalid method \(request.method)") }
        guard request.headers.count <= configuration.maximumHeaderCount else {
            throw EgressFailure(.tooManyHeaders, "\(request.headers.count) headers, at most \(configuration.maximumHeaderCount)")
        }
        var headers = HTTPHeaders()
        for header in request.headers {
            guard Self.isToken(header.name) else { throw EgressFailure(.invalidHeaderName, "invalid header name \(header.name)") }
            guard !header.value.utf8.contains(where: { $0 == 0 || $0 == 10 || $0 == 13 }) else {
                throw EgressFailure(.invalidHeaderValue, "invalid value for header \(header.name)")
            }
            headers.add(name: header.name, value: header.value)
        }
        do {
            try policy.check(host: host)
        } catch {
            throw EgressFailure(error.requestError, error.description)
        }
        do {
            return try HTTPClient.Request(
                url: request.url, method: HTTPMethod(rawValue: request.method), headers: headers, body: .bytes(request.body)
            )
        } catch {
            throw EgressFailure(.invalidUrl, "\(error)")
        }
    }

    /// Blocks until the response arrives and converts it, or classifies the failure.
    private static func wait(for future: EventLoopFuture<HTTPClient.Response>) -> Result<HttpResponse, EgressFailure> {
        do {
            let response = try future.wait()
            return .success(
                HttpResponse(
                    statusCode: UInt16(clamping: response.status.code),
                    reasonPhrase: response.status.reasonPhrase,
                    headers: response.headers.map { HttpHeader($0.name, $0.value) },
                    body: response.body.map { Array($0.readableBytesView) } ?? []
                )
            )
        } catch let error as HTTPClientError
            where [.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout].contains(error)
        {
            return .failure(EgressFailure(.timeout, "the request timed out"))
        } catch let error as ResponseAccumulator.ResponseTooBigError {
            return .failure(EgressFailure(.responseTooLarge, error.description))
        } catch {
            return .failure(EgressFailure(.networkError, "\(error)"))
        }
    }

    /// Whether `text` is an HTTP token (RFC 9110 §5.6.2): what method and header names must be.
    private static func isToken(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}

/// A failed request with pink's error kind and the text a contract may see.
struct EgressFailure: Swift.Error {
    /// Pink's kind of failure.
    var kind: HttpRequestError
    /// What happened, in words.
    var message: String

    /// Creates a failure.
    init(_ kind: HttpRequestError, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
