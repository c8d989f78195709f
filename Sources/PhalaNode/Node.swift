public import ServiceLifecycle

/// A running Phala Swift node: the chain database, the transaction pool, the author (when it holds
/// authority keys) and the JSON-RPC server, run together as one service until shutdown.
public struct Node: Service {
    /// What the node was started with.
    public let configuration: NodeConfiguration

    /// Prepares a node; nothing is opened until `run()`.
    public init(configuration: NodeConfiguration) {
        self.configuration = configuration
    }

    /// Opens the database (building genesis on first start), then serves and authors until graceful
    /// shutdown or cancellation.
    /// - Throws: `NodeError` when the data directory, the chain spec or the RPC address is unusable.
    public func run() async throws {
        throw NodeError.notStarted
    }
}

/// Why a node could not start or stopped; each case says what to do.
public enum NodeError: Error, Sendable, CustomStringConvertible {
    /// Placeholder while the node is being assembled.
    case notStarted

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .notStarted: "the node is not assembled yet"
        }
    }
}
