public import PhalaPrimitives
import Synchronization

/// What the relay has done since the process started, shared with the worker's HTTP API.
///
/// The relay is the only writer; the API reads snapshots. The enclave's own view (finalized and
/// dispatched blocks, registration) is asked from the enclave, not kept here.
public final class RelayProgress: Sendable {
    /// One consistent reading of the counters.
    public struct Snapshot: Sendable, Hashable {
        /// Whether the relay is connected to the node now.
        public var nodeConnected = false
        /// The node's finalized block number, as last seen (nil before the first read).
        public var nodeFinalizedNumber: BlockNumber?
        /// The enclave's finalized block number when the relay initialized it (nil before).
        public var startBlock: BlockNumber?
        /// Whether the enclave resumed from a sealed checkpoint (nil before initialization).
        public var resumedFromCheckpoint: Bool?
        /// Headers the enclave verified since the process started.
        public var blocksVerifiedSinceStart: UInt64 = 0
        /// Blocks the enclave dispatched since the process started.
        public var blocksDispatchedSinceStart: UInt64 = 0
        /// Egress messages the node accepted into its pool (or already had) since the process started.
        public var egressSubmitted: UInt64 = 0
        /// Registration extrinsics submitted since the process started.
        public var registrationsSubmitted: UInt64 = 0
        /// Requests the enclave refused since the process started.
        public var enclaveErrors: UInt64 = 0
        /// Verified blocks per second over the last progress interval, in thousandths.
        public var blocksPerSecondThousandths: UInt64 = 0

        /// An empty reading: nothing done yet.
        public init() {}
    }

    private let state = Mutex(Snapshot())

    /// Creates progress with nothing done yet.
    public init() {}

    /// The current counters.
    public var snapshot: Snapshot { state.withLock { $0 } }

    /// Changes the counters in one step.
    func update(_ body: (inout Snapshot) -> Void) {
        state.withLock { body(&$0) }
    }
}
