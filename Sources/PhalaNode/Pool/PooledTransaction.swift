public import PhalaPrimitives
import RuntimeSupport

/// One transaction held by the pool: its bytes and what validation said about its ordering.
public struct PooledTransaction: Sendable {
    /// The blake2_256 of `bytes`, as `author_submitExtrinsic` returns it.
    public let hash: H256
    /// The extrinsic with its length prefix.
    public let bytes: [UInt8]
    /// Higher goes first.
    public let priority: UInt64
    /// Tags that must be provided (by the chain or by earlier pooled transactions) before it is ready.
    public internal(set) var requires: [[UInt8]]
    /// Tags it provides, e.g. `SCALE((sender, nonce))`.
    public let provides: [[UInt8]]
    /// The last block number at which it may still be included.
    public let validUntil: UInt64
    /// Arrival order, the tie-breaker between equal priorities.
    let sequence: UInt64

    init(hash: H256, bytes: [UInt8], validity: ValidTransaction, bestNumber: BlockNumber, sequence: UInt64) {
        self.hash = hash
        self.bytes = bytes
        priority = validity.priority
        requires = validity.requires
        provides = validity.provides
        let (end, overflow) = UInt64(bestNumber).addingReportingOverflow(validity.longevity)
        validUntil = overflow ? .max : end
        self.sequence = sequence
    }

    /// Whether it goes before `other` in a block when both are ready: higher priority, then earlier arrival.
    func precedes(_ other: PooledTransaction) -> Bool {
        priority != other.priority ? priority > other.priority : sequence < other.sequence
    }
}
