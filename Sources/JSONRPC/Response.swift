/// A JSON-RPC 2.0 reply: the id of the call it answers and either its result or its error.
public struct Response: Sendable, Hashable {
    /// The id of the call, echoed with the same JSON type and value (`null` when it was unknown).
    public var id: JSONValue
    /// The result, or the error the call failed with.
    public var result: Result<JSONValue, RPCError>

    /// Creates a reply.
    /// - Parameters:
    ///   - id: the call's id, as received.
    ///   - result: the value (which may be `.null`) or the error.
    public init(id: JSONValue, result: Result<JSONValue, RPCError>) {
        self.id = id
        self.result = result
    }

    /// The reply object to send. A success always carries `"result"`, even when it is `null`.
    public var json: JSONValue {
        var object: JSONObject = ["jsonrpc": "2.0", "id": id]
        switch result {
        case .success(let value): object.append("result", value)
        case .failure(let error): object.append("error", error.json)
        }
        return .object(object)
    }

    /// Reads a reply object received from a server.
    /// - Throws: `MalformedMessage` when the id is missing or there is neither a `result` nor a valid `error`.
    public init(json: JSONValue) throws(MalformedMessage) {
        guard case .object(let object) = json else { throw MalformedMessage("a response must be a JSON object") }
        guard let id = object["id"] else { throw MalformedMessage("response has no \"id\"") }
        if let error = object["error"] {
            self.init(id: id, result: .failure(try RPCError(json: error)))
        } else if let value = object["result"] {
            self.init(id: id, result: .success(value))
        } else {
            throw MalformedMessage("response has neither \"result\" nor \"error\"")
        }
    }
}
