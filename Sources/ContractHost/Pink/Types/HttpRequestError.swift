public import SCALE

/// Why pink refused or failed an HTTP request (pink-abi.md §5.3).
///
/// Inside a `Vec<Result<HttpResponse, HttpRequestError>>` it is the 1-byte enum index; as the status of a
/// `handle_status` function (`batch_http_request`) it is sent as index + 1 (`statusCode`). Append-only.
public enum HttpRequestError: UInt8, Swift.Error, Sendable, Hashable, CaseIterable, ScaleByteEnum, CustomStringConvertible {
    /// The URL could not be parsed or has no host.
    case invalidUrl = 0
    /// The method is not a valid HTTP method token.
    case invalidMethod = 1
    /// A header name is not a valid token.
    case invalidHeaderName = 2
    /// A header value contains bytes HTTP forbids.
    case invalidHeaderValue = 3
    /// The worker could not create an HTTP client.
    case failedToCreateClient = 4
    /// The request (or the whole batch) ran out of time.
    case timeout = 5
    /// The request is not allowed here: in a transaction, or to an address the worker's policy refuses.
    case notAllowed = 6
    /// A batch had more than 5 requests.
    case tooManyRequests = 7
    /// The connection failed or broke.
    case networkError = 8
    /// The response body was larger than the limit (2 MiB by default).
    case responseTooLarge = 9
    /// The request had more than 256 headers.
    case tooManyHeaders = 10

    /// The status a `handle_status` function returns for this error: the enum index + 1.
    public var statusCode: UInt32 { UInt32(rawValue) + 1 }

    /// Pink's name of the error, as a contract sees it in `Err(…)` (e.g. "NotAllowed").
    public var description: String {
        switch self {
        case .invalidUrl: "InvalidUrl"
        case .invalidMethod: "InvalidMethod"
        case .invalidHeaderName: "InvalidHeaderName"
        case .invalidHeaderValue: "InvalidHeaderValue"
        case .failedToCreateClient: "FailedToCreateClient"
        case .timeout: "Timeout"
        case .notAllowed: "NotAllowed"
        case .tooManyRequests: "TooManyRequests"
        case .networkError: "NetworkError"
        case .responseTooLarge: "ResponseTooLarge"
        case .tooManyHeaders: "TooManyHeaders"
        }
    }
}
