import ContractEgress
import Foundation
import Logging
import PhalaCrypto
import ServiceLifecycle
import WorkerHost
import WorkerRuntime

/// The workers `phala dev` runs beside its node: a gatekeeper and a compute worker, each a real
/// `PRuntime` behind its own `ChainRelay` and HTTP API, talking to the node over its RPC socket exactly
/// as `phala worker` processes do; plus the governance step a dev chain needs (Alice's sudo appoints
/// the gatekeeper once it is registered).
///
/// It waits for the node's RPC address (`nodeListening(host:port:)`), then runs everything until
/// shutdown. Sealed data lives in `<base>/workers/{gatekeeper,worker}`, or in a temporary directory
/// that is deleted at exit.
struct DevWorkers: Service {
    /// Where the workers keep their sealed files.
    enum Storage {
        /// A fresh temporary directory, deleted when the workers stop.
        case temporary
        /// `<path>/workers/…`, kept across restarts.
        case directory(String)
    }

    /// Where the sealed files go.
    let storage: Storage
    /// Whether the compute worker runs (the gatekeeper always does).
    let runsComputeWorker: Bool
    /// Whether contract queries may reach loopback and private addresses.
    let allowPrivateEgress: Bool
    /// The node's WebSocket URL, once it listens.
    private let addresses: AsyncStream<String>
    /// Feeds `addresses`.
    private let announce: AsyncStream<String>.Continuation

    /// Creates the workers; nothing runs until `run()`.
    /// - Parameters:
    ///   - storage: where their sealed files go.
    ///   - runsComputeWorker: whether to run the compute worker beside the gatekeeper.
    ///   - allowPrivateEgress: whether contract queries may reach loopback and private addresses.
    init(storage: Storage, runsComputeWorker: Bool = true, allowPrivateEgress: Bool = false) {
        self.storage = storage
        self.runsComputeWorker = runsComputeWorker
        self.allowPrivateEgress = allowPrivateEgress
        (addresses, announce) = AsyncStream.makeStream(of: String.self)
    }

    /// Tells the workers where the node's RPC socket is.
    /// - Parameters:
    ///   - host: the bound host.
    ///   - port: the bound port.
    func nodeListening(host: String, port: Int) {
        let reachable = host == "0.0.0.0" ? "127.0.0.1" : host
        announce.yield("ws://\(reachable):\(port)")
        announce.finish()
    }

    /// Waits for the node, then runs the gatekeeper, the compute worker and the appointment.
    func run() async throws {
        var nodes = addresses.makeAsyncIterator()
        guard let nodeURL = await nodes.next() else { return }
        let root: String
        switch storage {
        case .temporary: root = NSTemporaryDirectory() + "phala-dev-workers-\(UUID().uuidString)"
        case .directory(let base): root = base + "/workers"
        }
        defer { if case .temporary = storage { try? FileManager.default.removeItem(atPath: root) } }
        let egress = HTTPEgressClient(configuration: .init(allowPrivateNetworks: allowPrivateEgress))
        defer { try? egress.shutdown() }
        let gatekeeperEnclave = try PRuntime(configuration: .init(dataDirectory: root + "/gatekeeper", httpEgress: egress))
        let gatekeeper = try Self.worker(gatekeeperEnclave, role: "gatekeeper", operator: "//Alice", nodeURL: nodeURL)
        var workers = gatekeeper.services
        if runsComputeWorker {
            // Operated by //Alice, so Alice's stake pool may add it (a pool owner must be the worker's operator).
            let workerEnclave = try PRuntime(configuration: .init(dataDirectory: root + "/worker", httpEgress: egress))
            workers += try Self.worker(workerEnclave, role: "worker", operator: "//Alice", nodeURL: nodeURL).services
        }
        let appointment = GatekeeperAppointment(gatekeeper: gatekeeperEnclave, nodeURL: nodeURL)
        let services = workers.map {
            ServiceGroupConfiguration.ServiceConfiguration(service: $0)
        }
        // The appointment is done once the gatekeeper is on chain; its return is no failure.
        let done = ServiceGroupConfiguration.ServiceConfiguration(service: appointment, successTerminationBehavior: .ignore)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(services: services + [done], logger: Logger(label: "phala.dev.workers"))
        )
        try await withGracefulShutdownHandler {
            try await group.run()
        } onGracefulShutdown: {
            Task { await group.triggerGracefulShutdown() }
        }
    }

    /// One worker's relay and HTTP API (any free port), announced on stdout.
    private static func worker(_ enclave: PRuntime, role: String, operator uri: String, nodeURL: String) throws -> Worker {
        let name = role == "gatekeeper" ? "Gatekeeper" : "Compute worker"
        return Worker(
            enclave: enclave,
            operator: try KeyPair(uri: uri, scheme: .sr25519),
            relay: ChainRelay.Configuration(nodeURL: nodeURL),
            api: WorkerAPI.Configuration(host: "127.0.0.1", port: 0),
            relayLogger: Logger(label: "phala.dev.\(role).relay"),
            apiLogger: Logger(label: "phala.dev.\(role).api"),
            onAPIListening: { host, port in
                StandardOutput.writeLine("\(name) HTTP API listening on http://\(host):\(port)")
            }
        )
    }
}
