import Foundation
import Logging
import PhalaPrimitives
import PhalaRuntime
public import ServiceLifecycle
import StateStore

/// A running Phala Swift node: the chain database, the transaction pool, the author (when it holds
/// authority keys) and the JSON-RPC server, run together as one service until shutdown.
///
/// On first start in a data directory it builds and commits the genesis block from the chain spec;
/// afterwards it continues from the last committed block and refuses a directory holding another chain.
public struct Node: Service {
    /// What the node was started with.
    public let configuration: NodeConfiguration

    /// Prepares a node; nothing is opened until `run()`.
    public init(configuration: NodeConfiguration) {
        self.configuration = configuration
    }

    /// Opens the database (building genesis on first start), then serves and authors until graceful
    /// shutdown or cancellation; the database is closed cleanly on the way out.
    /// - Throws: `NodeError` when the data directory, the chain spec or the database is unusable, or
    ///   the RPC server's error when its address cannot be bound.
    public func run() async throws {
        let logger = configuration.logger
        let slotDuration = try Self.milliseconds(configuration.blockTime)
        let directory = try openDirectory()
        defer { if case .temporary = configuration.storage { try? FileManager.default.removeItem(atPath: directory) } }
        let path = directory + "/chain.sqlite"
        let runtime = Runtime(configuration: Runtime.Configuration(slotDuration: slotDuration))
        let database: ChainDatabase
        do { database = try ChainDatabase(path: path, logger: logger) } catch {
            throw NodeError.database(path: path, detail: error.description)
        }
        defer { try? database.close() }
        try prepareGenesis(database, runtime: runtime, path: path)
        try checkSlots(database, slotDuration: slotDuration, path: path)
        if let best = database.bestBlock, let finalized = database.finalizedBlock {
            logger.info(
                "chain opened",
                metadata: ["chain.path": "\(path)", "chain.best": "\(best)", "chain.finalized": "\(finalized)"]
            )
        }

        let pool = TransactionPool(runtime: runtime, database: database, limits: configuration.pool, logger: logger)
        let events = ChainEvents()
        defer { events.finish() }
        let api = NodeAPI(
            database: database,
            runtime: runtime,
            chainSpec: configuration.chainSpec,
            pool: pool,
            events: events
        )
        var services: [any Service] = [
            RPCServer(
                configuration: configuration.rpc,
                methods: api.methods(),
                logger: logger,
                onListening: configuration.onRPCListening
            )
        ]
        if let keys = configuration.author {
            let author = BlockAuthor(
                runtime: runtime,
                database: database,
                pool: pool,
                events: events,
                keys: keys,
                maxTransactions: 10_000,
                logger: logger
            )
            services.append(AuthoringService(author: author, slotDuration: slotDuration, logger: logger))
        }
        let group = ServiceGroup(services: services, logger: logger)
        try await withGracefulShutdownHandler {
            try await group.run()
        } onGracefulShutdown: {
            Task { await group.triggerGracefulShutdown() }
        }
    }

    /// The data directory, created if missing (a fresh one under the system's temporary directory for `.temporary`).
    private func openDirectory() throws(NodeError) -> String {
        let fileManager = FileManager.default
        switch configuration.storage {
        case .directory(let path):
            do { try fileManager.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
                throw .dataDirectory(path: path, detail: "\(error.localizedDescription)")
            }
            return path
        case .temporary:
            let path = fileManager.temporaryDirectory.appendingPathComponent("phala-dev-\(UUID().uuidString)").path
            do { try fileManager.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
                throw .dataDirectory(path: path, detail: "\(error.localizedDescription)")
            }
            return path
        }
    }

    /// Commits the genesis block into an empty database, or checks a used one holds this chain.
    private func prepareGenesis(_ database: ChainDatabase, runtime: Runtime, path: String) throws(NodeError) {
        let genesis: GenesisBlock
        do { genesis = try runtime.genesis(configuration.chainSpec) } catch {
            throw .invalidChainSpec(detail: error.description)
        }
        let expected = genesis.header.hash
        if let stored = database.genesisHash {
            guard stored == expected else {
                throw .genesisMismatch(stored: stored.description, expected: expected.description, path: path)
            }
            return
        }
        do {
            _ = try database.commit(
                BlockCommit(
                    block: Block(header: genesis.header, extrinsics: []),
                    stateChanges: genesis.changes,
                    storageChanges: [],
                    justification: nil,
                    makeBest: true,
                    finalize: true
                )
            )
        } catch {
            throw .database(path: path, detail: "writing the genesis block: \(error.description)")
        }
    }

    /// Refuses to author on a chain whose best block's slot lies ahead of the clock: that chain was built
    /// with a shorter block time (slots are unix time / block time), and no block could follow it.
    private func checkSlots(_ database: ChainDatabase, slotDuration: UInt64, path: String) throws(NodeError) {
        guard configuration.author != nil, let best = database.bestBlock else { return }
        let header: Header?
        do { header = try database.header(hash: best.hash) } catch {
            throw .database(path: path, detail: error.description)
        }
        guard let header, let slot = AuraSeal.slot(of: header) else { return }
        let now = AuthoringService.unixMilliseconds() / slotDuration
        guard slot <= now else { throw .blockTimeChanged(bestSlot: slot, currentSlot: now) }
    }

    /// The block time in whole milliseconds, checked to lie between 1 ms and one hour.
    static func milliseconds(_ duration: Duration) throws(NodeError) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        guard milliseconds >= 1, milliseconds <= 3_600_000, attoseconds % 1_000_000_000_000_000 == 0 else {
            throw .invalidBlockTime(duration)
        }
        return UInt64(milliseconds)
    }
}
