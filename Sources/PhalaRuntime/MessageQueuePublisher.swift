import Messaging
import PalletComputation
import PalletMessageQueue
import PalletPhatContracts
import PalletRegistry
import PhalaPrimitives
import RuntimeSupport

/// A pallet's outlet to enclaves: publishes through PhalaMq's `push`, from the pallet origin named
/// `pallet` (Phala's `push_message`), for Registry (`"PhalaRegistry"`), Computation
/// (`"PhalaComputation"`) and Phat Contracts (`"PhalaPhatContracts"`).
///
/// The runtime's values form a cycle — the pallets publish through the message queue, and the message
/// queue hands messages to them — which plain values cannot close. The publisher therefore holds a
/// message queue with the same index, events and signers but no handlers: a pushed message skips the
/// router and goes straight to `OutboundMessages`. That is exactly what the full queue would do, because
/// the pallets publish only on enclave topics (`phala/system/event`, `phala/gatekeeper/launch`,
/// `phala/gatekeeper/change`, `phala/gatekeeper/event`, `phala/cluster/event`, `phala/cluster/key`,
/// `phala/contract/op`, `phala/contract/<id>/command`) that no pallet handles (phala-facts.md §5.2,
/// §5.4 router). A pallet that starts handling one of them must be routed here too.
struct MessageQueuePublisher: RegistryMessagePublishing, ComputationMessagePublishing, PhatContractsMessagePublishing {
    /// The handler-less message queue pushes go through.
    let queue: MessageQueue
    /// The sending pallet's runtime name.
    let pallet: String

    /// Pushes `payload` on `topic` from `pallet`.
    func publish(_ payload: [UInt8], to topic: Topic, in state: inout Overlay) throws(DispatchError) {
        try queue.push(payload, to: topic, from: pallet, in: &state)
    }

    /// Pushes `payload` on `topic` from `account` (Phat Contracts' `push_contract_message`).
    func publish(_ payload: [UInt8], to topic: Topic, fromAccount account: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        try queue.push(payload, to: topic, fromAccount: account, in: &state)
    }
}

/// Registry as a message queue handler (Phala's router entries `Registry.on_message_received` and
/// `Registry.on_gk_message_received`, first in the router): lives in the composition root because one
/// pallet never imports another.
struct RegistryMessageHandler: MessageHandler {
    /// The pallet the messages go to.
    let registry: Registry

    /// Forwards to `Registry.handle(_:in:)`.
    func handle(_ message: Message, in state: inout Overlay) throws(DispatchError) {
        try registry.handle(message, in: &state)
    }
}

/// Computation as a message queue handler (Phala's router entries `Computation.on_gk_message_received`
/// and `Computation.on_working_message_received`, right after Registry's).
struct ComputationMessageHandler: MessageHandler {
    /// The pallet the messages go to.
    let computation: Computation

    /// Forwards to `Computation.handle(_:in:)`.
    func handle(_ message: Message, in state: inout Overlay) throws(DispatchError) {
        try computation.handle(message, in: &state)
    }
}

/// Phat Contracts as a message queue handler (Phala's router entries
/// `PhalaPhatContracts.on_worker_cluster_message_received`, `on_cluster_message_received` and
/// `on_contract_message_received`, after Computation's).
struct PhatContractsMessageHandler: MessageHandler {
    /// The pallet the messages go to.
    let phatContracts: PhatContracts

    /// Forwards to `PhatContracts.handle(_:in:)`.
    func handle(_ message: Message, in state: inout Overlay) throws(DispatchError) {
        try phatContracts.handle(message, in: &state)
    }
}
