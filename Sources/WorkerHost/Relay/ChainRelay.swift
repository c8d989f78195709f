public import EnclaveAPI
public import Logging
import PhalaClient
public import PhalaCrypto
public import ServiceLifecycle

/// The worker's untrusted host loop (our pherry): follows the node's finality and feeds the enclave.
///
/// Once connected it initializes the enclave from the chain's genesis (header and a proof of
/// `ChainStorageKeys.genesisKeys`), then repeats: justified header batches up to the node's finalized
/// head (`syncHeaders`), those blocks' storage changes with proofs (`dispatchBlocks`), the enclave's
/// egress as unsigned `PhalaMq.sync_offchain_message` extrinsics with the chain's next sequences
/// acknowledged back, and, until the chain has registered the worker, a `register_worker_v2`
/// extrinsic signed by the operator. The host can delay or drop what it relays but not forge it: the
/// enclave verifies everything.
///
/// Failures never stop the service: an enclave refusal is logged with its description and retried
/// after a growing delay, and a lost node connection is reopened. Progress is logged on stderr at
/// most once per `progressInterval` and shared with `WorkerAPI` through `RelayProgress`.
public struct ChainRelay: Service {
    let enclave: EnclaveClient
    let signer: KeyPair
    let configuration: Configuration
    let progress: RelayProgress
    let logger: Logger

    /// Creates the relay.
    /// - Parameters:
    ///   - enclave: the worker's enclave.
    ///   - operator: the operator's key: the enclave's operator account, and the signer of the
    ///     registration extrinsic (it pays the fee).
    ///   - configuration: the node URL and pacing.
    ///   - progress: where the relay records its counters for the HTTP API.
    ///   - logger: where the relay logs (the CLI passes `phala.worker.relay`).
    public init(
        enclave: any Enclave,
        operator: KeyPair,
        configuration: Configuration = Configuration(),
        progress: RelayProgress,
        logger: Logger
    ) {
        self.enclave = EnclaveClient(enclave)
        self.signer = `operator`
        self.configuration = configuration
        self.progress = progress
        self.logger = logger
    }

    /// Follows the chain until graceful shutdown or cancellation, reconnecting to the node as needed.
    /// - Throws: never: failures are logged and retried, and the service returns on shutdown.
    public func run() async throws {
        let relay = self
        await cancelWhenGracefulShutdown {
            var loop = RelayLoop(relay: relay)
            var delay = relay.configuration.retryDelay
            while !Task.isCancelled {
                do {
                    try await Client.withConnection(
                        to: relay.configuration.nodeURL,
                        configuration: relay.configuration.client,
                        logger: relay.logger
                    ) { client in
                        delay = relay.configuration.retryDelay
                        relay.progress.update { $0.nodeConnected = true }
                        try await loop.follow(client)
                    }
                } catch let error as ClientError where error.kind == .cancelled {
                    return
                } catch is CancellationError {
                    return
                } catch {
                    relay.progress.update { $0.nodeConnected = false }
                    relay.logger.warning(
                        "Node connection failed; reconnecting",
                        metadata: ["error": "\(error)", "node.url": "\(relay.configuration.nodeURL)"]
                    )
                }
                do { try await Task.sleep(for: delay) } catch { return }
                delay = min(delay * 2, relay.configuration.maxRetryDelay)
            }
        }
    }
}
