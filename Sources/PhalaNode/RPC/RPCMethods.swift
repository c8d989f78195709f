public import JSONRPC

/// The table of JSON-RPC methods and subscriptions a node serves, built once before the server starts.
///
/// Every name a method answers to (its canonical name and each alias) is listed by `rpc_methods`, which
/// the server adds itself: polkadot.js drops API calls whose names are missing from that list. Handlers
/// read their parameters with `Params`' positional readers and report failures as `RPCError`, which the
/// server sends back unchanged.
public struct RPCMethods: Sendable {
    /// Answers one call: reads the parameters and returns the result (which may be `.null`).
    public typealias MethodHandler = @Sendable (Params) async throws(RPCError) -> JSONValue

    /// Runs one subscription for as long as the client keeps it.
    ///
    /// The handler checks its parameters, then pushes values through the sink. Throwing before the first
    /// `accept()` or `send(_:)` rejects the subscribe call with that error; once accepted, the subscription
    /// ends when the handler returns, or when the client unsubscribes or disconnects, which cancels the
    /// handler's task. Handlers must return promptly once cancelled (loops over async sequences and
    /// `Task.sleep` do): a handler that ignores cancellation holds its connection open while it closes.
    /// Call `accept()` after checking the parameters when the first notification may take a while:
    /// the client waits for the subscribe reply until then.
    public typealias SubscriptionHandler = @Sendable (Params, SubscriptionSink) async throws(RPCError) -> Void

    /// One kind of subscription: its names, its notification and its handler.
    struct Subscription: Sendable {
        let subscribe: String
        let unsubscribe: String
        let notification: String
        let handler: SubscriptionHandler
    }

    /// What a name refers to.
    enum Entry: Sendable {
        case method(MethodHandler)
        case subscribe(Subscription)
        case unsubscribe(Subscription)
    }

    private(set) var entries: [String: Entry] = [:]

    /// Creates an empty table.
    public init() {}

    /// Registers a method under `name` and each of `aliases`.
    /// - Parameters:
    ///   - name: the canonical name, e.g. `chain_getBlockHash`.
    ///   - aliases: other names answering the same way, e.g. `chain_getHead`.
    ///   - handler: computes the result from the parameters.
    /// - Precondition: none of the names is registered yet.
    public mutating func method(_ name: String, aliases: [String] = [], handler: @escaping MethodHandler) {
        for key in [name] + aliases { insert(.method(handler), for: key) }
    }

    /// Registers a subscription kind: its subscribe and unsubscribe names and the notification it sends.
    /// - Parameters:
    ///   - subscribe: the canonical subscribe name, e.g. `chain_subscribeNewHeads`.
    ///   - subscribeAliases: other subscribe names, e.g. `chain_subscribeNewHead`, `subscribe_newHead`.
    ///   - unsubscribe: the canonical unsubscribe name, e.g. `chain_unsubscribeNewHeads`.
    ///   - unsubscribeAliases: other unsubscribe names.
    ///   - notification: the `method` of every notification, e.g. `chain_newHead`.
    ///   - handler: runs the subscription; see `SubscriptionHandler`.
    /// - Precondition: none of the names is registered yet.
    public mutating func subscription(
        subscribe: String,
        subscribeAliases: [String] = [],
        unsubscribe: String,
        unsubscribeAliases: [String] = [],
        notification: String,
        handler: @escaping SubscriptionHandler
    ) {
        let kind = Subscription(
            subscribe: subscribe,
            unsubscribe: unsubscribe,
            notification: notification,
            handler: handler
        )
        for key in [subscribe] + subscribeAliases { insert(.subscribe(kind), for: key) }
        for key in [unsubscribe] + unsubscribeAliases { insert(.unsubscribe(kind), for: key) }
    }

    /// Every registered name, aliases included, sorted: the list `rpc_methods` answers with.
    public var names: [String] { entries.keys.sorted() }

    /// What `name` refers to, or `nil` when nothing is registered under it.
    func entry(_ name: String) -> Entry? { entries[name] }

    private mutating func insert(_ entry: Entry, for name: String) {
        precondition(entries[name] == nil, "RPC method \(name) is registered twice")
        entries[name] = entry
    }
}
