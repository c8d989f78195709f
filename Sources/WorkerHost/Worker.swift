public import EnclaveAPI
public import Logging
public import PhalaCrypto
public import ServiceLifecycle

/// A worker host's services for one enclave: the `ChainRelay` that feeds it and the `WorkerAPI` that
/// reports on it, sharing one `RelayProgress`.
///
/// Run `services` in a `ServiceGroup` in the order given: the API starts first (so `/health` answers
/// while the relay initializes the enclave) and, in reverse order, stops last.
///
/// ```swift
/// let worker = Worker(enclave: try PRuntime(configuration: .init(dataDirectory: path)), operator: alice)
/// try await ServiceGroup(services: worker.services, gracefulShutdownSignals: [.sigterm], logger: logger).run()
/// ```
public struct Worker: Sendable {
    /// The relay that follows the node and feeds the enclave.
    public let relay: ChainRelay
    /// The HTTP API.
    public let api: WorkerAPI
    /// The relay's counters, as the API reports them.
    public let progress: RelayProgress

    /// Creates the services.
    /// - Parameters:
    ///   - enclave: the worker's enclave.
    ///   - operator: the operator's key (the enclave's operator; signs the registration).
    ///   - relay: the node URL and pacing.
    ///   - api: the HTTP address.
    ///   - relayLogger: where the relay logs.
    ///   - apiLogger: where the API logs.
    ///   - onAPIListening: called once the HTTP socket is bound, with the host and the actual port.
    public init(
        enclave: any Enclave,
        operator: KeyPair,
        relay: ChainRelay.Configuration = ChainRelay.Configuration(),
        api: WorkerAPI.Configuration = WorkerAPI.Configuration(),
        relayLogger: Logger = Logger(label: "phala.worker.relay"),
        apiLogger: Logger = Logger(label: "phala.worker.api"),
        onAPIListening: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
    ) {
        let progress = RelayProgress()
        self.progress = progress
        self.relay = ChainRelay(
            enclave: enclave,
            operator: `operator`,
            configuration: relay,
            progress: progress,
            logger: relayLogger
        )
        self.api = WorkerAPI(
            enclave: enclave,
            progress: progress,
            configuration: api,
            logger: apiLogger,
            onListening: onAPIListening
        )
    }

    /// The services in start order: the API, then the relay.
    public var services: [any Service] { [api, relay] }
}
