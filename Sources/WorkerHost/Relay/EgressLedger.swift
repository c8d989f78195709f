import Messaging
import PhalaPrimitives

/// Remembers which egress messages the relay submitted and when, so it does not resubmit a message
/// on every poll while the node includes it, yet does resubmit one that never landed.
struct EgressLedger {
    private var submitted: [MessageOrigin: [UInt64: BlockNumber]] = [:]

    /// Whether `message` should be submitted now: never submitted, or submitted at least
    /// `resubmitAfter` blocks ago, counted on the node's finalized block number.
    func shouldSubmit(_ message: SignedMessage, at block: BlockNumber, resubmitAfter: BlockNumber) -> Bool {
        guard let since = submitted[message.message.sender]?[message.sequence] else { return true }
        return block >= since &+ resubmitAfter
    }

    /// Records that `message` was handed to the node when its finalized block was `block`.
    mutating func recordSubmission(_ message: SignedMessage, at block: BlockNumber) {
        submitted[message.message.sender, default: [:]][message.sequence] = block
    }

    /// Forgets `origin`'s messages below `nextSequence`: the chain has them.
    mutating func acknowledge(_ origin: MessageOrigin, nextSequence: UInt64) {
        submitted[origin] = submitted[origin]?.filter { $0.key >= nextSequence }
        if submitted[origin]?.isEmpty == true { submitted[origin] = nil }
    }

    /// How many submissions are awaiting acknowledgement.
    var pendingCount: Int { submitted.values.reduce(0) { $0 + $1.count } }
}
