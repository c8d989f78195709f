public import Logging
public import PhalaCrypto
public import PhalaRuntime

/// Everything a node needs to start: its chain, where it keeps data, how it authors, and its RPC
/// address; plain values, no I/O.
///
/// | key | type | default | meaning |
/// |---|---|---|---|
/// | `chainSpec` | `ChainSpec` | – | the chain's genesis and properties |
/// | `storage` | `Storage` | – | a database directory, or a temporary one removed at exit |
/// | `blockTime` | `Duration` | 1 s | time between authored blocks (the Aura slot duration) |
/// | `author` | `Author?` | `nil` | keys to author and finalize with; `nil` serves the chain read-only |
/// | `rpc` | `RPCServer.Configuration` | 127.0.0.1:9944 | the JSON-RPC listener |
/// | `pool` | `TransactionPool.Limits` | 8192 tx / 20 MiB | transaction pool limits |
/// | `onRPCListening` | closure | none | called with the bound host and port (useful with port 0) |
public struct NodeConfiguration: Sendable {
    /// Where the node keeps its database.
    public enum Storage: Sendable, Hashable {
        /// A directory that holds `chain.sqlite` (created if missing); reopening it continues the chain.
        case directory(String)
        /// A fresh temporary directory, removed when the node stops (`--tmp`).
        case temporary
    }

    /// The keys a single authority uses: sr25519 for Aura block seals, ed25519 for GRANDPA votes.
    public struct Author: Sendable {
        /// Seals authored blocks; its public key must be a genesis Aura authority.
        public var aura: KeyPair
        /// Signs one-voter finality justifications; its public key must be a genesis GRANDPA voter.
        public var grandpa: KeyPair

        /// Creates the key set.
        public init(aura: KeyPair, grandpa: KeyPair) {
            self.aura = aura
            self.grandpa = grandpa
        }

        /// The development authority: sr25519 //Alice (Aura) and ed25519 //Alice (GRANDPA), matching
        /// `ChainSpec.development()`.
        /// - Throws: `KeyDerivationError` only if dev key derivation itself is broken.
        public static func development() throws(KeyDerivationError) -> Author {
            Author(
                aura: try KeyPair(uri: "//Alice", scheme: .sr25519),
                grandpa: try KeyPair(uri: "//Alice", scheme: .ed25519)
            )
        }
    }

    /// The chain's genesis and properties.
    public var chainSpec: ChainSpec
    /// Where the database lives.
    public var storage: Storage
    /// Time between authored blocks.
    public var blockTime: Duration
    /// Authoring keys, or `nil` for a node that only serves its stored chain.
    public var author: Author?
    /// The JSON-RPC listener.
    public var rpc: RPCServer.Configuration
    /// Transaction pool limits.
    public var pool: TransactionPool.Limits
    /// Called once the RPC socket is bound, with its host and actual port.
    public var onRPCListening: @Sendable (_ host: String, _ port: Int) async -> Void
    /// Where the node logs.
    public var logger: Logger

    /// Creates a configuration; see the table above for defaults.
    public init(
        chainSpec: ChainSpec,
        storage: Storage,
        blockTime: Duration = .seconds(1),
        author: Author? = nil,
        rpc: RPCServer.Configuration = RPCServer.Configuration(),
        pool: TransactionPool.Limits = TransactionPool.Limits(),
        logger: Logger = Logger(label: "phala.node"),
        onRPCListening: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
    ) {
        self.chainSpec = chainSpec
        self.storage = storage
        self.blockTime = blockTime
        self.author = author
        self.rpc = rpc
        self.pool = pool
        self.logger = logger
        self.onRPCListening = onRPCListening
    }
}
