public import SCALE

/// An HTTP request a contract asks the worker to make through `http_request` or `batch_http_request`.
///
/// SCALE layout (pink-abi.md §5.3): url, method, headers as `Vec<(String, String)>`, body bytes.
public struct HttpRequest: Sendable, Hashable, ScaleCodable {
    /// The absolute URL, e.g. `https://example.com/`.
    public var url: String
    /// The method name, e.g. `GET`.
    public var method: String
    /// Header names and values in the order the contract gave them.
    public var headers: [HttpHeader]
    /// The request body.
    public var body: [UInt8]

    /// Creates a request.
    public init(url: String, method: String = "GET", headers: [HttpHeader] = [], body: [UInt8] = []) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
    }

    /// Appends url, method, headers and body.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: url, method, headers, body)
    }

    /// Reads url, method, headers and body.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        url = try decoder.decode()
        method = try decoder.decode()
        headers = try decoder.decode()
        body = try decoder.decode()
    }
}
