public import JSONRPC
public import PhalaPrimitives

/// Where a watched transaction stands, as `author_extrinsicUpdate` notifications report it
/// (sc-transaction-pool's `TransactionStatus`, serde camelCase).
///
/// The node sends `ready`, then `inBlock`, then `finalized` for a transaction that lands; `future` when it
/// waits for an earlier nonce; `dropped` when the pool evicts it; `invalid` when a new block made it
/// invalid. `finalized`, `dropped` and `invalid` end the stream.
public enum TransactionStatus: Sendable, Hashable {
    /// Waiting for a transaction it depends on (an earlier nonce).
    case future
    /// Ready to go into the next block.
    case ready
    /// Included in the block with this hash.
    case inBlock(H256)
    /// The block with this hash was finalized with the transaction in it.
    case finalized(H256)
    /// Evicted from the pool (limits or a replacement).
    case dropped
    /// No longer valid on top of the best block.
    case invalid

    /// Whether no further status follows.
    public var isFinal: Bool {
        switch self {
        case .finalized, .dropped, .invalid: true
        case .future, .ready, .inBlock: false
        }
    }

    /// The notification payload: a plain string, or `{"inBlock": "0x…"}` / `{"finalized": "0x…"}`.
    public var json: JSONValue {
        switch self {
        case .future: "future"
        case .ready: "ready"
        case .dropped: "dropped"
        case .invalid: "invalid"
        case .inBlock(let hash): ["inBlock": .string(hash.description)]
        case .finalized(let hash): ["finalized": .string(hash.description)]
        }
    }
}
