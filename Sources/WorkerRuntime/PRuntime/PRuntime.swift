public import EnclaveAPI
public import Attestation
public import ContractHost
import Foundation
import Messaging
import SCALE

/// The worker's trusted runtime (pRuntime): the `Enclave` a worker host drives.
///
/// It holds the worker's identity, follows the chain through its light client, reads the chain's
/// messages from proven storage, answers them (registration, benchmark, gatekeeper duties), signs its
/// own messages for the host to relay, and seals a checkpoint of its whole state every
/// `checkpointInterval` blocks so that a restart resumes in seconds instead of replaying from genesis.
///
/// Sealed files in `dataDirectory`: `sealing.key` (the software TEE's sealing key, mode 0600),
/// `runtime-data.seal` (identity, pinned genesis), `master_key.seal` (gatekeepers), `checkpoint.seal`.
/// The software TEE protects nothing against the machine's owner; it exists for development.
public actor PRuntime: Enclave {
    /// Where the runtime keeps its sealed files and how often it checkpoints.
    public struct Configuration: Sendable {
        /// The directory for sealed files; created if missing.
        public var dataDirectory: String
        /// Seal a checkpoint whenever the dispatched block number crosses a multiple of this (0: never).
        public var checkpointInterval: UInt32
        /// The worker build the attestation measures.
        public var buildIdentity: [UInt8]
        /// How contract queries reach HTTP services; nil refuses every request (no egress).
        public var httpEgress: (any HTTPEgress)?
        /// The gas, in ref_time units, a contract query may burn before it ends with OutOfGas; clipped to
        /// `ExecutionContext.maximumQueryGas`.
        public var queryGasLimit: UInt64

        /// Creates a configuration.
        /// - Parameters:
        ///   - dataDirectory: the sealed-file directory.
        ///   - checkpointInterval: blocks between checkpoints; 100 by default.
        ///   - buildIdentity: the measured build; the development build by default.
        ///   - httpEgress: HTTP for contract queries; none by default.
        ///   - queryGasLimit: a query's gas; pink's default, 1e13 (about 10 s of execution), by default.
        public init(
            dataDirectory: String,
            checkpointInterval: UInt32 = 100,
            buildIdentity: [UInt8] = SoftwareTEE.developmentBuildIdentity,
            httpEgress: (any HTTPEgress)? = nil,
            queryGasLimit: UInt64 = ExecutionContext.defaultQueryGas
        ) {
            self.httpEgress = httpEgress
            self.queryGasLimit = queryGasLimit
            self.dataDirectory = dataDirectory
            self.checkpointInterval = checkpointInterval
            self.buildIdentity = buildIdentity
        }
    }

    /// The configuration.
    let configuration: Configuration
    /// Sealed files.
    let storage: SealedStorage
    /// The software TEE that attests this runtime.
    let tee: SoftwareTEE
    /// The CPU benchmark.
    let benchmark = BenchmarkCounter()
    /// Executors and caches of this worker's clusters, made once the identity is known.
    var clusterServicesValue: ClusterServices?
    /// Nonces of answered contract queries, until they expire: a query is answered once.
    var queryReplayGuard = QueryReplayGuard()
    /// The chain this runtime follows, once initialized.
    var session: Session?

    /// Opens (or creates) the data directory and its sealing key.
    /// - Parameter configuration: where and how often to seal.
    /// - Throws: `EnclaveError.sealingFailed` when the directory or the key file cannot be used.
    public init(configuration: Configuration) throws(EnclaveError) {
        self.configuration = configuration
        storage = try SealedStorage(directory: configuration.dataDirectory)
        do {
            tee = try SoftwareTEE.development()
        } catch {
            throw .sealingFailed(reason: "the software TEE's platform key cannot be derived: \(error)")
        }
    }

    /// Stops the benchmark thread: it holds only the counter, so it would otherwise keep a core busy for
    /// the rest of the process once nobody holds the runtime (a host restarting its enclave in process).
    deinit {
        benchmark.pause()
    }

    /// Decodes one request, handles it, and encodes the reply.
    /// - Parameter request: a SCALE-encoded `EnclaveRequest`.
    /// - Returns: the SCALE-encoded `EnclaveReply`.
    public func call(_ request: [UInt8]) async -> [UInt8] {
        let decoded: EnclaveRequest
        do {
            decoded = try EnclaveRequest(scaleDecoding: request)
        } catch {
            return EnclaveReply.encode(.failure(.malformedRequest(reason: "\(error)")))
        }
        do {
            return EnclaveReply.encode(.success(try await handle(decoded)))
        } catch {
            return EnclaveReply.encode(.failure(error))
        }
    }

    /// Routes a request. Only a contract query suspends: its contract runs outside the actor, which
    /// meanwhile serves other requests.
    private func handle(_ request: EnclaveRequest) async throws(EnclaveError) -> EnclaveResponse {
        switch request {
        case .initialize(let initRequest): .initialized(try initialize(initRequest))
        case .syncHeaders(let batch): .synced(finalizedNumber: try syncHeaders(batch))
        case .dispatchBlocks(let blocks): .dispatched(try dispatchBlocks(blocks))
        case .takeEgress: .egress(try requireSession().state.egress.allPending)
        case .acknowledgeEgress(let acknowledgements):
            try acknowledge(acknowledgements)
        case .runtimeInfo: .runtimeInfo(try runtimeInfo())
        case .status: .status(status)
        case .contractQuery(let query): .contractQueryAnswered(try await contractQuery(query))
        case .contractState(let contract): .contractState(try contractState(contract))
        }
    }

    /// The session, or `.notInitialized`.
    func requireSession() throws(EnclaveError) -> Session {
        guard let session else { throw .notInitialized }
        return session
    }

    /// Drops the messages the chain has accepted.
    private func acknowledge(_ acknowledgements: [EgressAcknowledgement]) throws(EnclaveError) -> EnclaveResponse {
        var current = try requireSession()
        for acknowledgement in acknowledgements {
            current.state.egress.acknowledge(acknowledgement.origin, nextSequence: acknowledgement.nextSequence)
        }
        session = current
        return .acknowledged
    }
}
