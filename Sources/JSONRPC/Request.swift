/// A JSON-RPC 2.0 call: which method, with which parameters, answered under which id.
public struct Request: Sendable, Hashable {
    /// The id the reply must echo with the same JSON type and value, or `nil` for a notification
    /// (a call that expects no reply). Only strings, numbers and `null` are valid ids.
    public var id: JSONValue?
    /// The method name, e.g. `chain_getBlockHash`.
    public var method: String
    /// The parameters.
    public var params: Params

    /// Creates a call.
    /// - Parameters:
    ///   - id: the id to answer under, or `nil` for a notification.
    ///   - method: the method name.
    ///   - params: the parameters.
    public init(id: JSONValue?, method: String, params: Params = .none) {
        self.id = id
        self.method = method
        self.params = params
    }

    /// Reads a request object, checking JSON-RPC 2.0's rules.
    ///
    /// Requires `"jsonrpc": "2.0"`, a string `method`, an id that is a string, a number or `null` when
    /// present, and `params` that is an array, an object or `null` when present.
    /// - Throws: `InvalidRequest` carrying the id (when it could be read) and a -32600 error.
    public init(json: JSONValue) throws(InvalidRequest) {
        guard case .object(let object) = json else {
            throw InvalidRequest(id: .null, error: .invalidRequest("a request must be a JSON object, not \(json.kindDescription)"))
        }
        let id = object["id"]
        switch id {
        case nil, .null?, .string?, .integer?, .unsignedInteger?, .decimal?: break
        case let other?:
            throw InvalidRequest(id: .null, error: .invalidRequest("\"id\" must be a string, a number or null, not \(other.kindDescription)"))
        }
        let replyID = id ?? .null
        guard object["jsonrpc"] == .string("2.0") else {
            throw InvalidRequest(id: replyID, error: .invalidRequest("\"jsonrpc\" must be \"2.0\""))
        }
        guard let method = object["method"]?.string else {
            throw InvalidRequest(id: replyID, error: .invalidRequest("\"method\" must be a string"))
        }
        do {
            self.init(id: id, method: method, params: try Params(json: object["params"]))
        } catch {
            throw InvalidRequest(id: replyID, error: error)
        }
    }

    /// The request object to send: `{"jsonrpc":"2.0","id":…,"method":…,"params":…}`.
    public var json: JSONValue {
        var object: JSONObject = ["jsonrpc": "2.0"]
        if let id { object.append("id", id) }
        object.append("method", .string(method))
        if let params = params.json { object.append("params", params) }
        return .object(object)
    }
}
