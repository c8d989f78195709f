import EnclaveAPI
import LightClient
import Messaging
import PalletRegistry
import PhalaPrimitives
import PhalaTesting
import SCALE
import Synchronization
import Tokenomics

@testable import WorkerRuntime

/// A benchmark counter the test sets by hand, so heartbeat iteration counts are exact.
final class ManualCounter: IterationCounting {
    /// The count.
    let count = Atomic<UInt64>(0)
    /// Whether the enclave has the benchmark running.
    let running = Atomic<Bool>(false)

    /// Sets the count.
    func set(_ value: UInt64) { count.store(value, ordering: .relaxed) }
    /// Whether the enclave has the benchmark running.
    var isRunning: Bool { running.load(ordering: .relaxed) }

    var iterations: UInt64 { count.load(ordering: .relaxed) }
    func resume() { running.store(true, ordering: .relaxed) }
    func pause() { running.store(false, ordering: .relaxed) }
}

/// One enclave's deterministic state driven block by block without a chain: the same entry point
/// `dispatch` uses after verifying a block (`EnclaveState.process`), fed the messages the
/// computation pallet will emit.
struct ComputingWorld {
    /// Blocks are 12 s apart.
    static func timestamp(_ block: UInt32) -> UInt64 { 1_700_000_000_000 + UInt64(block) * 12_000 }

    let identity: WorkerIdentity
    let counter = ManualCounter()
    /// The world's contract executors and caches, without HTTP egress.
    let clusterServices: ClusterServices
    var state: EnclaveState
    /// The master key history every gatekeeper world shares.
    let masterKeys: GatekeeperKeys?

    /// An enclave with identity seed `seed`; a gatekeeper (active, master key on chain) when `masterKeys` is given.
    init(seed: UInt8, masterKeys: GatekeeperKeys? = nil, gatekeepers: [FixedBytes<32>] = []) throws {
        var random = SeededRandomSource(seed: seed)
        identity = WorkerIdentity(random: &random)
        clusterServices = ClusterServices(workerPublicKey: identity.publicKeyBytes, egress: NoHTTPEgress())
        var egress = EgressQueue()
        try egress.addChannel(.worker(identity.publicKeyBytes), signer: identity.key.exposedValue)
        state = EnclaveState(
            chain: try DevChain.shared.get().verifiedChain(),
            egress: egress,
            tokenomicParameters: .test
        )
        self.masterKeys = masterKeys
        if let masterKeys {
            try state.egress.addChannel(.gatekeeper, signer: masterKeys.current.key.exposedValue)
            state.gatekeeperKeys = masterKeys
            state.gatekeepers = gatekeepers.map { GatekeeperIdentity(pubkey: $0, ecdhPubkey: $0) }
            state.chainMasterKey = masterKeys.masterPublicKey.fixedBytes
        }
    }

    var me: FixedBytes<32> { identity.publicKeyBytes }

    /// The identity key of the world with seed `seed`.
    static func publicKey(seed: UInt8) -> FixedBytes<32> {
        var random = SeededRandomSource(seed: seed)
        return WorkerIdentity(random: &random).publicKeyBytes
    }

    var environment: DispatchEnvironment {
        let keys = masterKeys
        return DispatchEnvironment(
            identity: identity,
            benchmark: counter,
            sealMasterKeys: { (_: GatekeeperKeys) throws(EnclaveError) in },
            sealedMasterKeys: { keys },
            clusterServices: clusterServices
        )
    }

    /// Processes block `number` with `messages`.
    /// - Returns: how many messages the handlers took.
    @discardableResult
    mutating func block(_ number: UInt32, _ messages: [Message] = []) throws -> UInt32 {
        state.dispatched = try FinalizedBlock(scaleDecoding: number.scaleEncoded() + [UInt8](repeating: 0, count: 64))
        state.timestampValue = Self.timestamp(number).scaleEncoded()
        return try state.process(messages, environment: environment)
    }

    /// This enclave's unacknowledged heartbeats, decoded.
    var heartbeats: [WorkingReportEvent] {
        get throws {
            try state.egress.pending(from: .worker(me))
                .filter { $0.message.destination == .miningReport }
                .map { try WorkingReportEvent(scaleDecoding: $0.message.payload) }
        }
    }

    /// The gatekeeper reports this enclave queued.
    var reports: [SignedMessage] { state.egress.pending(from: .gatekeeper) }
}

/// The chain's messages, as the computation pallet and workers send them.
enum ChainMessage {
    static func system(_ event: SystemEvent) -> Message {
        Message(sender: .pallet("PhalaComputation"), destination: .systemEvent, payload: event.scaleEncoded())
    }

    static func worker(_ pubkey: FixedBytes<32>, _ event: WorkerEvent) -> Message {
        system(.workerEvent(pubkey: pubkey, event: event))
    }

    /// `Started` with Ve 3000 and P 1000.
    static func started(_ pubkey: FixedBytes<32>, session: UInt32) -> Message {
        worker(pubkey, .started(sessionID: session, initV: U64F64(3000).bits, initP: 1000))
    }

    /// A challenge that selects exactly the worker whose hashed id XOR `distance` is the seed, when
    /// `target` ≥ `distance`.
    static func challenge(for pubkey: FixedBytes<32>, distance: U256 = .zero, target: U256 = .zero) -> Message {
        system(.heartbeatChallenge(seed: ComputingEconomics.hashedID(of: pubkey).xor(distance), onlineTarget: target))
    }

    static func heartbeat(_ pubkey: FixedBytes<32>, _ report: WorkingReportEvent) -> Message {
        Message(sender: .worker(pubkey), destination: .miningReport, payload: report.scaleEncoded())
    }
}
