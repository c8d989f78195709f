/// An enclave's incoming messages: each block's outbound messages, read from verified chain storage,
/// handed to the subscribers of their topics in chain order (phala-mq's `MessageDispatcher`,
/// phala-facts.md §5.5).
///
/// Every message of a block gets a block-local index from 0. `next(for:)` always returns the smallest
/// index waiting for any of the given subscriptions, so handlers of several topics see the block's
/// messages in exactly the chain's order. `endBlock()` drops what was not taken.
public struct IngressDispatcher: Sendable {
    /// A handle for one subscriber's queue.
    public struct Subscription: Sendable, Hashable {
        /// The subscription's number, unique within its dispatcher.
        public let id: Int
        /// The topic it receives.
        public let topic: Topic
    }

    /// A message with its block-local position.
    public struct Delivery: Sendable, Hashable {
        /// The message's position in the block's outbound messages, from 0.
        public let index: Int
        /// The message.
        public let message: Message
    }

    /// Waiting deliveries by subscription id, each in index order.
    private var queues: [[Delivery]] = []
    /// The subscriptions, by id.
    private var subscriptions: [Subscription] = []

    /// Creates a dispatcher with no subscribers.
    public init() {}

    /// Subscribes to `topic`.
    /// - Parameter topic: the topic to receive.
    /// - Returns: the handle to receive with.
    public mutating func subscribe(_ topic: Topic) -> Subscription {
        let subscription = Subscription(id: subscriptions.count, topic: topic)
        subscriptions.append(subscription)
        queues.append([])
        return subscription
    }

    /// Delivers one block's outbound messages, in order, to every subscriber of their topics.
    /// - Parameter messages: the block's `OutboundMessages`, as read from verified storage.
    /// - Returns: how many deliveries were queued (a message with no subscriber is dropped at once).
    @discardableResult
    public mutating func dispatchBlock(_ messages: [Message]) -> Int {
        var delivered = 0
        for (index, message) in messages.enumerated() {
            for subscription in subscriptions where subscription.topic == message.destination {
                queues[subscription.id].append(Delivery(index: index, message: message))
                delivered += 1
            }
        }
        return delivered
    }

    /// Takes the next message for `subscription`.
    /// - Parameter subscription: the handle from `subscribe(_:)`.
    /// - Returns: the delivery, or nil when none waits.
    /// - Throws: `MessagingError.unknownSubscription` for a handle from another dispatcher.
    public mutating func next(for subscription: Subscription) throws(MessagingError) -> Delivery? {
        try next(forAny: [subscription])
    }

    /// Takes the waiting message with the smallest block-local index among `subscriptions`.
    /// - Parameter subscriptions: the handles to receive from.
    /// - Returns: the delivery, or nil when none waits.
    /// - Throws: `MessagingError.unknownSubscription` for a handle from another dispatcher.
    public mutating func next(forAny subscriptions: [Subscription]) throws(MessagingError) -> Delivery? {
        var best: (id: Int, index: Int)?
        for subscription in subscriptions {
            guard subscription.id < queues.count, self.subscriptions[subscription.id] == subscription else {
                throw .unknownSubscription(subscription.id)
            }
            if let first = queues[subscription.id].first, first.index < best?.index ?? .max {
                best = (subscription.id, first.index)
            }
        }
        guard let best else { return nil }
        return queues[best.id].removeFirst()
    }

    /// Ends the block: drops every delivery nobody took.
    /// - Returns: how many were dropped.
    @discardableResult
    public mutating func endBlock() -> Int {
        let dropped = queues.reduce(0) { $0 + $1.count }
        for id in queues.indices { queues[id].removeAll() }
        return dropped
    }
}
