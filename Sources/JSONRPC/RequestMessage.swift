/// What a server read from one WebSocket frame or HTTP body: a call, a batch of calls, or garbage.
public enum RequestMessage: Sendable, Hashable {
    /// One call.
    case single(Request)
    /// A JSON array of calls, in order; an entry that is not a valid request carries the reply for it.
    case batch([Result<Request, InvalidRequest>])
    /// Nothing callable (not JSON, not a request, an empty batch): answer with this rejection.
    case invalid(InvalidRequest)

    /// Parses and checks a message.
    /// - Parameters:
    ///   - bytes: the UTF-8 text of the frame or body.
    ///   - limits: size and depth bounds for the JSON parser.
    public init(parsing bytes: some Collection<UInt8>, limits: JSONValue.ParsingLimits = JSONValue.ParsingLimits()) {
        let json: JSONValue
        do {
            json = try JSONValue(parsing: bytes, limits: limits)
        } catch {
            self = .invalid(InvalidRequest(id: .null, error: .parseError(error)))
            return
        }
        if case .array(let entries) = json {
            guard !entries.isEmpty else {
                self = .invalid(InvalidRequest(id: .null, error: .invalidRequest("a batch must contain at least one request")))
                return
            }
            self = .batch(entries.map { entry in Result { () throws(InvalidRequest) in try Request(json: entry) } })
            return
        }
        do {
            self = .single(try Request(json: json))
        } catch {
            self = .invalid(error)
        }
    }
}
