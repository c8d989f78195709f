public import SCALE

/// The answer to a contract's HTTP request, or pink's stand-in for one (pink-abi.md §5.3).
///
/// SCALE layout: status code as u16 LE, reason phrase, headers as `Vec<(String, String)>`, body bytes.
public struct HttpResponse: Sendable, Hashable, ScaleCodable {
    /// The status code, e.g. 200; pink's own failures use 523 and 524.
    public var statusCode: UInt16
    /// The reason phrase, e.g. `OK`.
    public var reasonPhrase: String
    /// Response headers in the order received.
    public var headers: [HttpHeader]
    /// The response body.
    public var body: [UInt8]

    /// Creates a response.
    public init(statusCode: UInt16, reasonPhrase: String, headers: [HttpHeader] = [], body: [UInt8] = []) {
        self.statusCode = statusCode
        self.reasonPhrase = reasonPhrase
        self.headers = headers
        self.body = body
    }

    /// What every transaction-mode `http_request` returns: 523 "API Unavailable" (pink-abi.md §5.2 id 1).
    public static let unavailableInTransaction = HttpResponse(
        statusCode: 523,
        reasonPhrase: "API Unavailable",
        body: Array("HTTP request is not supported in transaction".utf8)
    )

    /// Pink's answer when the request could not reach the server: 523 "Unreachable", the error text as body.
    /// - Parameter message: what went wrong, for the contract to log or show.
    public static func unreachable(_ message: String) -> HttpResponse {
        HttpResponse(statusCode: 523, reasonPhrase: "Unreachable", body: Array(message.utf8))
    }

    /// Pink's answer for the newer failure kinds (network error, response too large, too many headers):
    /// 524 "IO Error" with the error text as body.
    /// - Parameter message: what went wrong.
    public static func ioError(_ message: String) -> HttpResponse {
        HttpResponse(statusCode: 524, reasonPhrase: "IO Error", body: Array(message.utf8))
    }

    /// Appends status code, reason phrase, headers and body.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: statusCode, reasonPhrase, headers, body)
    }

    /// Reads status code, reason phrase, headers and body.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        statusCode = try decoder.decode()
        reasonPhrase = try decoder.decode()
        headers = try decoder.decode()
        body = try decoder.decode()
    }
}
