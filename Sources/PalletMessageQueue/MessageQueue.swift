public import Messaging
import PhalaCrypto
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

/// The message queue pallet: the chain's end of Phala's message queue (pallets/phala/src/mq.rs).
///
/// ## Overview
/// Off-chain senders (workers, the gatekeepers, clusters, contracts) submit `SignedMessage`s through
/// `sync_offchain_message`, an unsigned extrinsic: the pool accepts it only when `validateUnsigned`
/// finds a valid signature by a known signer and the sender's next sequence (or a later one, held
/// until the gap fills). Dispatch bumps the sender's sequence, hands the message to the handlers of
/// its topic and, unless the topic is on-chain only (`^…`), appends it to the block's
/// `OutboundMessages`, which enclaves read from verified storage. Pallets publish to enclaves with
/// `push(_:to:from:in:)`, and on a signing account's behalf with `push(_:to:fromAccount:in:)`.
///
/// ## Terminology
/// - *Sequence*: a sender's message counter; the chain expects `OffchainIngress[sender]` next.
/// - *Outbound messages*: this block's messages for enclaves, cleared when the next block starts.
///
/// ## Assumptions
/// - Signers come from a `MessageSignerRegistry` the runtime wires: workers, the gatekeepers' master
///   key, and cluster and contract keys; a cluster or contract whose key is not known yet is refused as
///   an unknown signer.
/// - Phala submits these messages signed by a relayer account; here they are unsigned and free,
///   protected by the message signature and the sequence (no fee, no relayer account needed).
///
/// ## Storage (prefix `"PhalaMq"`)
/// - `OffchainIngress`: `Twox64Concat(MessageOrigin) → u64`, the next expected sequence (default 0),
///   keyed as in Phala so relayers read it at the same key.
/// - `OutboundMessages`: `Vec<Message>`, this block's messages for enclaves.
public struct MessageQueue: Pallet {
    /// The pallet's name and storage prefix, as in Phala's runtimes.
    public static var name: String { "PhalaMq" }

    /// The pallet's index in the runtime.
    public let index: UInt8
    /// Where events go.
    public let events: any EventDepositing
    /// Who may sign messages.
    public let signers: any MessageSignerRegistry
    /// The pallets' message handlers, in routing order.
    public let handlers: [any MessageHandler]

    /// Creates the pallet.
    /// - Parameters:
    ///   - index: its index in the runtime.
    ///   - events: the event sink (System).
    ///   - signers: the signer registry.
    ///   - handlers: the handlers, tried in this order for every message.
    public init(
        index: UInt8,
        events: any EventDepositing,
        signers: any MessageSignerRegistry,
        handlers: [any MessageHandler] = []
    ) {
        self.index = index
        self.events = events
        self.signers = signers
        self.handlers = handlers
    }

    /// The pallet's storage items.
    public enum Storage {
        /// The next sequence expected from each off-chain sender.
        public static let offchainIngress = StorageMap<MessageOrigin, UInt64>(
            pallet: "PhalaMq",
            name: "OffchainIngress",
            hasher: .twox64Concat,
            default: 0
        )
        /// This block's messages for enclaves.
        public static let outboundMessages = StorageValue<[Message]>(
            pallet: "PhalaMq",
            name: "OutboundMessages",
            default: []
        )
    }

    /// Clears the previous block's outbound messages.
    public func onInitialize(_ number: BlockNumber, in state: inout Overlay) throws(DispatchError) -> Weight {
        Storage.outboundMessages.kill(in: &state)
        return Weights.onInitialize
    }

    /// Publishes a message from a pallet to enclaves in this block (mq.rs `push_message`): the
    /// handlers of its topic run first, then, unless the topic is on-chain only, it joins
    /// `OutboundMessages`.
    /// - Parameters:
    ///   - payload: the encoded payload.
    ///   - topic: where it goes; must be valid.
    ///   - pallet: the sending pallet's runtime name, e.g. "PhalaRegistry".
    ///   - state: the block's state.
    /// - Throws: `Error.badDestination` for an invalid topic, `DispatchError` when the state cannot be read.
    public func push(_ payload: [UInt8], to topic: Topic, from pallet: String, in state: inout Overlay)
        throws(DispatchError)
    {
        guard topic.isValid else { throw dispatchError(Error.badDestination) }
        try route(Message(sender: .pallet(pallet), destination: topic, payload: payload), in: &state)
    }

    /// Publishes a message from a chain account to enclaves in this block (mq.rs `push_message`, the
    /// signed call Phat Contracts' `push_contract_message` forwards to): sent from
    /// `MessageOrigin.accountId` with the account's 32 bytes, routed as `push(_:to:from:in:)` routes.
    /// - Parameters:
    ///   - payload: the encoded payload.
    ///   - topic: where it goes; must be valid.
    ///   - account: the signing account.
    ///   - state: the block's state.
    /// - Throws: `Error.badDestination` for an invalid topic, `DispatchError` when the state cannot be read.
    public func push(_ payload: [UInt8], to topic: Topic, fromAccount account: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        guard topic.isValid else { throw dispatchError(Error.badDestination) }
        try route(Message(sender: .accountId(H256(account.raw)), destination: topic, payload: payload), in: &state)
    }

    /// Hands `message` to every handler (their errors are swallowed, as in Phala's router: the message
    /// is consumed anyway) and appends it to `OutboundMessages` unless its topic is on-chain only.
    func route(_ message: Message, in state: inout Overlay) throws(DispatchError) {
        for handler in handlers {
            _ = try? state.transactional { (state: inout Overlay) throws(DispatchError) in
                try handler.handle(message, in: &state)
            }
        }
        if state.backendFailure != nil { throw .unavailable }
        guard !message.destination.isOnChainOnly else { return }
        try Storage.outboundMessages.append(message, in: &state)
    }

    /// Records one of the pallet's events.
    func deposit(_ event: Event, in state: inout Overlay) throws(DispatchError) {
        try events.deposit(encodedEvent(event), in: &state)
    }
}
