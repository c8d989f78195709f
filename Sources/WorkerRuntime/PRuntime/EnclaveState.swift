import EnclaveAPI
import LightClient
import Messaging
import PalletRegistry
import PhalaPrimitives
import SCALE
import Tokenomics

/// Everything the enclave knows about the chain and its own part in it; what a checkpoint seals and
/// a restart restores. A value: requests work on a copy that replaces the state only when the whole
/// request succeeded, so a refused request leaves it unchanged.
struct EnclaveState: Sendable {
    /// The light client: the finalized tip and the authorities that finalize its successors.
    var chain: VerifiedChain
    /// Verified blocks whose changes have not been dispatched yet, oldest first.
    var pending: [FinalizedBlock]
    /// The last dispatched block (genesis at first).
    var dispatched: FinalizedBlock
    /// `Timestamp.Now` as of `dispatched` (raw SCALE), proven.
    var timestampValue: [UInt8]?
    /// `PhalaMq.OutboundMessages` as of `dispatched` (raw SCALE), proven.
    var outboundValue: [UInt8]?
    /// The next sequence expected from each off-chain sender, as the verified blocks advanced it.
    var ingressSequences: [MessageOrigin: UInt64]
    /// Workers the chain registered (their identity keys), learnt from verified system events.
    var registeredWorkers: Set<FixedBytes<32>>
    /// The gatekeepers on chain, in registration order.
    var gatekeepers: [GatekeeperIdentity]
    /// The master public key on chain.
    var chainMasterKey: FixedBytes<32>?
    /// Whether the chain registered this worker.
    var registered: Bool
    /// The score the chain set from this worker's benchmark.
    var initialScore: UInt32?
    /// The benchmark window in progress, if any.
    var benchmark: BenchmarkWindow?
    /// Messages for the chain, signed per sender.
    var egress: EgressQueue
    /// The master key history, when this worker is or was a gatekeeper.
    var gatekeeperKeys: GatekeeperKeys?
    /// The block of the last sealed checkpoint.
    var checkpointNumber: BlockNumber
    /// This worker's computing session, if it is in one.
    var computing: ComputingSession?
    /// Heartbeats this worker has sent.
    var heartbeatsSent: UInt64
    /// The challenge block of the last heartbeat sent.
    var lastChallengeBlock: BlockNumber?
    /// The tokenomic parameters in force: the chain's genesis values, then every change it announced.
    var tokenomicParameters: TokenomicParameters
    /// The gatekeeper's computing economics, replayed from genesis in every enclave so that any worker
    /// appointed gatekeeper already holds the state the others hold (only active gatekeepers send).
    var economics: ComputingEconomics
    /// The Phat Contract clusters this worker hosts, by cluster id.
    var clusters: [H256: ContractCluster]
    /// Cluster public keys announced by the gatekeeper: the signers of `Cluster(id)` messages.
    var clusterPublicKeys: [H256: FixedBytes<32>]
    /// Contract public keys announced by their clusters: the signers of `Contract(id)` messages.
    var contractPublicKeys: [H256: FixedBytes<32>]

    /// A fresh state at genesis.
    /// - Parameters:
    ///   - chain: the light client at genesis.
    ///   - egress: the outgoing queue.
    ///   - tokenomicParameters: the chain's genesis tokenomic parameters.
    init(chain: VerifiedChain, egress: EgressQueue, tokenomicParameters: TokenomicParameters) {
        self.chain = chain
        pending = []
        dispatched = chain.finalizedTip
        timestampValue = nil
        outboundValue = nil
        ingressSequences = [:]
        registeredWorkers = []
        gatekeepers = []
        chainMasterKey = nil
        registered = false
        initialScore = nil
        benchmark = nil
        self.egress = egress
        gatekeeperKeys = nil
        checkpointNumber = 0
        computing = nil
        heartbeatsSent = 0
        lastChallengeBlock = nil
        self.tokenomicParameters = tokenomicParameters
        economics = ComputingEconomics()
        clusters = [:]
        clusterPublicKeys = [:]
        contractPublicKeys = [:]
    }

    /// The block's time in unix milliseconds (0 before the first dispatched block).
    var now: UInt64 {
        guard let timestampValue, let value = try? UInt64(scaleDecoding: timestampValue) else { return 0 }
        return value
    }
}

/// A benchmark run the chain asked for with `BenchStart`.
struct BenchmarkWindow: Sendable, Hashable {
    /// The block that started it.
    var startBlock: BlockNumber
    /// That block's time in unix milliseconds: the report's `start_time`.
    var startTime: UInt64
    /// How many blocks it lasts.
    var duration: UInt32
    /// The counter's value at the start.
    var startIterations: UInt64
}
