/// A server-to-client subscription message: `{"method":…,"params":{"subscription":…,"result":…}}`.
///
/// Clients route on `method` and `subscription` (polkadot.js uses both; substrate-interface only the id),
/// so the id must be exactly the one the subscribe call returned.
public struct Notification: Sendable, Hashable {
    /// The notification name, e.g. `chain_newHead` (fixed per subscription kind).
    public var method: String
    /// The subscription id returned by the subscribe call.
    public var subscription: String
    /// The payload.
    public var result: JSONValue

    /// Creates a notification.
    /// - Parameters:
    ///   - method: the notification name.
    ///   - subscription: the subscription id.
    ///   - result: the payload.
    public init(method: String, subscription: String, result: JSONValue) {
        self.method = method
        self.subscription = subscription
        self.result = result
    }

    /// The notification object to send.
    public var json: JSONValue {
        [
            "jsonrpc": "2.0", "method": .string(method),
            "params": ["subscription": .string(subscription), "result": result],
        ]
    }

    /// Reads a notification received from a server.
    /// - Throws: `MalformedMessage` when `method`, `params.subscription` or `params.result` is missing.
    public init(json: JSONValue) throws(MalformedMessage) {
        guard let method = json["method"]?.string else { throw MalformedMessage("notification has no string \"method\"") }
        guard let params = json["params"], let id = params["subscription"], let subscription = Self.subscriptionID(id) else {
            throw MalformedMessage("notification has no \"params.subscription\" id")
        }
        guard let result = params["result"] else { throw MalformedMessage("notification has no \"params.result\"") }
        self.init(method: method, subscription: subscription, result: result)
    }

    /// A subscription id as text: a string as is, an integer (older servers) in decimal; `nil` otherwise.
    ///
    /// Clients apply the same mapping to the subscribe reply and to notifications so the two match.
    public static func subscriptionID(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .integer(let number): String(number)
        case .unsignedInteger(let number): String(number)
        default: nil
        }
    }
}
