public import Logging
import MerkleTrie
import PhalaCrypto
public import PhalaPrimitives
public import PhalaRuntime
import RuntimeSupport
import SCALE
public import StateStore

/// Holds submitted transactions until a block includes them, ordered the way Substrate's pool does.
///
/// A submission is validated on the best block's state (off the actor, so connections validate in
/// parallel), then kept under its hash. Validation says what each transaction provides and requires
/// (signed ones provide `(sender, nonce)` and require `(sender, nonce − 1)` when their nonce is ahead
/// of the chain): a transaction whose requirements no pooled transaction provides waits as *future*;
/// the others are *ready*, and the author takes ready ones by priority (fee and tip), never before what
/// they require. A second transaction providing the same tag replaces the first only with a higher
/// priority. Watchers get `ready`/`future`, then `inBlock`, then `finalized`; transactions that fail in a
/// block are dropped and banned for `Limits.banBlocks` blocks.
public actor TransactionPool {
    let runtime: Runtime
    let database: ChainDatabase
    let limits: Limits
    let logger: Logger
    var transactions: [H256: PooledTransaction] = [:]
    var providers: [[UInt8]: H256] = [:]
    var waiting: [[UInt8]: Set<H256>] = [:]
    var totalBytes = 0
    var nextSequence: UInt64 = 0
    var watchers: [H256: [AsyncStream<TransactionStatus>.Continuation]] = [:]
    var announcedReady: Set<H256> = []
    var bannedUntil: [H256: BlockNumber] = [:]
    var bestNumber: BlockNumber = 0
    var awaitingFinality: [(number: BlockNumber, block: H256, transactions: [H256])] = []

    /// Creates an empty pool validating against `database`'s best block.
    /// - Parameters:
    ///   - runtime: validates transactions.
    ///   - database: supplies the best block and its state.
    ///   - limits: how much the pool holds.
    ///   - logger: where evictions are reported.
    public init(
        runtime: Runtime,
        database: ChainDatabase,
        limits: Limits = Limits(),
        logger: Logger = Logger(label: "phala.pool")
    ) {
        self.runtime = runtime
        self.database = database
        self.limits = limits
        self.logger = logger
        bestNumber = database.bestBlock?.number ?? 0
    }

    /// Validates and pools one transaction.
    /// - Parameter bytes: the extrinsic with its length prefix, as `author_submitExtrinsic` receives it.
    /// - Returns: its hash.
    /// - Throws: `PoolError` saying why it was refused.
    public nonisolated func submit(_ bytes: [UInt8]) async throws(PoolError) -> H256 {
        try await admit(bytes, watcher: nil)
    }

    /// Validates and pools one transaction, and streams its status until it is finalized or dropped.
    /// - Parameter bytes: the extrinsic with its length prefix.
    /// - Returns: its hash and the status stream, which starts with `ready` or `future`.
    /// - Throws: `PoolError` saying why it was refused; nothing is streamed then.
    public nonisolated func submitAndWatch(_ bytes: [UInt8]) async throws(PoolError)
        -> (hash: H256, updates: AsyncStream<TransactionStatus>)
    {
        let (stream, continuation) = AsyncStream<TransactionStatus>.makeStream()
        let hash = try await admit(bytes, watcher: continuation)
        return (hash, stream)
    }

    /// Validates off the actor, then inserts; validates again when a block landed in between, so the
    /// transaction's requirements are those of the current best block.
    private nonisolated func admit(_ bytes: [UInt8], watcher: AsyncStream<TransactionStatus>.Continuation?)
        async throws(PoolError)
        -> H256
    {
        while true {
            let transaction = try validate(bytes)
            if let hash = try await insert(transaction, watcher: watcher) { return hash }
        }
    }

    /// Every pooled transaction's bytes, in arrival order (`author_pendingExtrinsics`).
    public var pendingExtrinsics: [[UInt8]] {
        transactions.values.sorted { $0.sequence < $1.sequence }.map(\.bytes)
    }

    /// How many transactions the pool holds.
    public var count: Int { transactions.count }

    /// The nonce `account`'s next transaction should use: `chainNonce`, advanced past every nonce the pool
    /// already holds for it in sequence (`system_accountNextIndex`).
    /// - Parameters:
    ///   - account: the sender.
    ///   - chainNonce: its nonce in the best block's state.
    public func nextNonce(for account: AccountId32, chainNonce: UInt32) -> UInt32 {
        var nonce = chainNonce
        while nonce < .max, providers[Self.nonceTag(account, nonce)] != nil { nonce += 1 }
        return nonce
    }

    /// The tag a signed transaction of `account` with `nonce` provides: `SCALE((AccountId32, u32))`.
    static func nonceTag(_ account: AccountId32, _ nonce: UInt32) -> [UInt8] {
        var encoder = ScaleEncoder()
        encoder.encode(tuple: account, nonce)
        return encoder.bytes
    }

    /// Decodes and validates `bytes` on the best block, off the actor.
    nonisolated func validate(_ bytes: [UInt8]) throws(PoolError) -> (
        bytes: [UInt8], hash: H256, validity: ValidTransaction, best: BlockNumber
    ) {
        guard let best = database.bestBlock else { throw .internalFailure(detail: "the node has no best block yet") }
        let state: Trie
        do throws(StateStoreError) { state = try database.trie(at: best.hash) } catch {
            throw .internalFailure(detail: error.description)
        }
        let outcome: Result<ValidTransaction, TransactionValidityError>
        do throws(ExecutiveError) {
            outcome = try runtime.validateTransaction(bytes, source: .local, parentHash: best.hash, parentState: state)
        } catch {
            if case .undecodableExtrinsic(let decoding) = error { throw .badFormat(detail: decoding.description) }
            throw .internalFailure(detail: error.description)
        }
        switch outcome {
        case .success(let validity):
            let hash = H256.blake2_256(of: bytes)
            return (bytes, hash, validity, best.number)
        case .failure(let error):
            throw .invalid(error)
        }
    }
}
