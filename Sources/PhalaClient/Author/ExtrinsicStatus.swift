public import JSONRPC
public import PhalaPrimitives

/// Where a watched transaction is, as `author_extrinsicUpdate` reports it (Substrate's `TransactionStatus`).
///
/// JSON: the strings `"future"`, `"ready"`, `"dropped"`, `"invalid"`, or one-member objects such as
/// `{"inBlock":"0x…"}` and `{"finalized":"0x…"}` (substrate-rpc.md §2.4).
public enum ExtrinsicStatus: Sendable, Hashable {
    /// In the pool, waiting for an earlier nonce.
    case future
    /// In the pool, ready to be included.
    case ready
    /// Sent to these peers.
    case broadcast([String])
    /// Included in this block.
    case inBlock(H256)
    /// The block that included it left the best chain.
    case retracted(H256)
    /// Finality did not arrive in time for this block.
    case finalityTimeout(H256)
    /// Included in this finalized block: final.
    case finalized(H256)
    /// Replaced by another transaction with this hash: final.
    case usurped(H256)
    /// Removed from the pool (for example, the pool was full): final.
    case dropped
    /// No longer valid: final.
    case invalid

    /// Whether no further status follows this one.
    public var isFinal: Bool {
        switch self {
        case .finalized, .usurped, .dropped, .invalid, .finalityTimeout: true
        case .future, .ready, .broadcast, .inBlock, .retracted: false
        }
    }

    /// Reads one status notification.
    /// - Parameter json: the notification's `result`.
    /// - Throws: `ClientError.malformedResponse` for an unknown status.
    public init(json: JSONValue) throws(ClientError) {
        let method = "author_extrinsicUpdate"
        if let name = json.string {
            switch name {
            case "future": self = .future
            case "ready": self = .ready
            case "dropped": self = .dropped
            case "invalid": self = .invalid
            default: throw .malformedResponse(method, "unknown transaction status \"\(name)\"")
            }
            return
        }
        guard let object = json.object, object.count == 1, let member = object.first else {
            throw .malformedResponse(method, "expected a status string or a one-member object, got \(json)")
        }
        switch member.key {
        case "broadcast":
            self = .broadcast(member.value.array?.compactMap(\.string) ?? [])
        case "inBlock": self = .inBlock(try member.value.hash(in: method))
        case "retracted": self = .retracted(try member.value.hash(in: method))
        case "finalityTimeout": self = .finalityTimeout(try member.value.hash(in: method))
        case "finalized": self = .finalized(try member.value.hash(in: method))
        case "usurped": self = .usurped(try member.value.hash(in: method))
        default: throw .malformedResponse(method, "unknown transaction status \"\(member.key)\"")
        }
    }
}
