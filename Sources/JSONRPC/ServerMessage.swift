/// What a client read from one frame sent by a JSON-RPC server: a reply or a subscription notification.
public enum ServerMessage: Sendable, Hashable {
    /// The reply to a call.
    case response(Response)
    /// A message for a subscription.
    case notification(Notification)

    /// Parses a message from a server.
    /// - Parameters:
    ///   - bytes: the UTF-8 text of the frame.
    ///   - limits: size and depth bounds for the JSON parser.
    /// - Throws: `MalformedMessage` when the text is not JSON or is neither a reply nor a notification.
    public init(parsing bytes: some Collection<UInt8>, limits: JSONValue.ParsingLimits = JSONValue.ParsingLimits()) throws(MalformedMessage) {
        let json: JSONValue
        do {
            json = try JSONValue(parsing: bytes, limits: limits)
        } catch {
            throw MalformedMessage(error.description)
        }
        if json["method"] != nil, json["id"] == nil {
            self = .notification(try Notification(json: json))
        } else {
            self = .response(try Response(json: json))
        }
    }
}
