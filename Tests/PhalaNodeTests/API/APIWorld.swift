import JSONRPC
import MerkleTrie
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import SCALE
import StateStore

@testable import PhalaNode

/// A node without networking (FRAME's `ExtBuilder` for the RPC layer): an in-memory chain database with
/// the dev genesis, a real transaction pool and chain events, the `NodeAPI` table over them, and a block
/// author that works the way the node's does.
struct APIWorld {
    let runtime = Runtime()
    let spec: ChainSpec
    let database: ChainDatabase
    let pool: TransactionPool
    let events = ChainEvents()
    let methods: RPCMethods
    let genesisHash: H256
    /// The Aura slot of the next block.
    var nextSlot: UInt64 = 1_000

    /// Commits the genesis of `spec` (the development spec by default) and builds the API over it.
    init(spec: ChainSpec? = nil) throws {
        self.spec = try spec ?? ChainSpec.development()
        database = try ChainDatabase.inMemory(logger: quietLogger)
        let genesis = try runtime.genesis(self.spec)
        var store = InMemoryNodeStore()
        store.insert(genesis.changes)
        let entries = try Trie(root: genesis.changes.root, store: store).entries()
        try database.commit(
            BlockCommit(
                block: Block(header: genesis.header, extrinsics: []),
                stateChanges: genesis.changes,
                storageChanges: entries.map { StorageChange(key: $0.key, value: $0.value) }
            )
        )
        genesisHash = genesis.header.hash
        pool = TransactionPool(runtime: runtime, database: database, logger: quietLogger)
        methods = NodeAPI(database: database, runtime: runtime, chainSpec: self.spec, pool: pool, events: events)
            .methods()
    }

    /// Builds a block on the best block the way the dev author does: Aura pre-digest for the next slot,
    /// the timestamp inherent, then `transactions` (the pool's ready ones by default); commits it as best
    /// (and finalized unless `finalize` is false), publishes the events and updates the pool.
    /// - Returns: the imported block as subscribers see it.
    @discardableResult
    mutating func produceBlock(
        _ transactions: [[UInt8]]? = nil,
        finalize: Bool = true,
        justification: Justification? = nil
    ) async throws -> ImportedBlock {
        let parent = try requireBest(database)
        let parentState = try database.trie(at: parent.hash)
        let slot = nextSlot
        nextSlot += 1
        let header = Header(
            parentHash: parent.hash,
            number: parent.number + 1,
            stateRoot: .zero,
            extrinsicsRoot: .zero,
            digest: [.preRuntime(engine: DigestItem.auraEngine, data: slot.scaleEncoded())]
        )
        var pending = try runtime.beginBlock(header, parentState: parentState)
        let now = slot * runtime.configuration.slotDuration
        let inherent = UncheckedExtrinsic(signature: nil, call: [2, 0] + Compact(now).scaleEncoded()).scaleEncoded()
        guard case .success(.success) = try runtime.applyExtrinsic(inherent, to: &pending) else {
            throw WorldFailure("the timestamp inherent failed")
        }
        var included: [H256] = []
        var refused: [H256] = []
        let candidates: [[UInt8]]
        if let transactions {
            candidates = transactions
        } else {
            candidates = await pool.readyTransactions(limit: 100).map(\.bytes)
        }
        for bytes in candidates {
            if case .success = try runtime.applyExtrinsic(bytes, to: &pending) {
                included.append(H256.blake2_256(of: bytes))
            } else {
                refused.append(H256.blake2_256(of: bytes))
            }
        }
        let finished = try runtime.finishBlock(pending)
        let changes = finished.storageChanges.map { StorageChange(key: $0.key, value: $0.value) }
        let block = finished.block
        let hash = block.header.hash
        try database.commit(
            BlockCommit(
                block: block,
                stateChanges: finished.changes,
                storageChanges: changes,
                justification: justification,
                makeBest: true,
                finalize: finalize
            )
        )
        let imported = ImportedBlock(
            header: block.header,
            hash: hash,
            extrinsics: block.extrinsics.map { $0.scaleEncoded() },
            storageChanges: changes,
            isBest: true
        )
        events.publish(.imported(imported))
        await pool.blockImported(number: block.header.number, hash: hash, included: included, refused: refused)
        if finalize { await self.finalize(block.header) }
        return imported
    }

    /// Publishes the finality of an already finalized block and tells the pool.
    func finalize(_ header: Header) async {
        events.publish(.finalized(header: header, hash: header.hash))
        await pool.blockFinalized(number: header.number, hash: header.hash)
    }

    // MARK: Calling the API

    /// Calls method `name` with positional `params` through the table.
    func call(_ name: String, _ params: [JSONValue] = []) async throws(RPCError) -> JSONValue {
        guard case .method(let handler)? = methods.entry(name) else { throw .methodNotFound(name) }
        return try await handler(.positional(params))
    }

    /// Calls method `name` with the raw `params` member (e.g. `null`).
    func call(_ name: String, params: Params) async throws(RPCError) -> JSONValue {
        guard case .method(let handler)? = methods.entry(name) else { throw .methodNotFound(name) }
        return try await handler(params)
    }

    /// The error `name` fails with, or nil when it succeeds.
    func error(_ name: String, _ params: [JSONValue] = []) async -> RPCError? {
        do {
            _ = try await call(name, params)
            return nil
        } catch {
            return error
        }
    }

    /// Starts subscription `name` with `params`, collecting what it writes.
    func subscribe(_ name: String, _ params: [JSONValue] = []) throws -> Subscriber {
        guard case .subscribe(let kind)? = methods.entry(name) else { throw WorldFailure("\(name) is no subscription") }
        let (stream, continuation) = AsyncStream<JSONValue>.makeStream()
        let sink = SubscriptionSink(id: "sub", notification: kind.notification, requestID: 1) { continuation.yield($0) }
        let outcome = Task { () -> RPCError? in
            defer { continuation.finish() }
            do throws(RPCError) {
                try await kind.handler(.positional(params), sink)
                return nil
            } catch {
                return error
            }
        }
        return Subscriber(sink: sink, outcome: outcome, messages: stream.makeAsyncIterator())
    }

    // MARK: Transactions

    /// A signed extrinsic (length prefix included) of `call` by `signer`, immortal, signed over this chain.
    func sign(_ call: [UInt8], by signer: DevKey, nonce: UInt32, tip: Balance = .zero) throws -> [UInt8] {
        let extra = SignedExtra(era: .immortal, nonce: nonce, tip: tip)
        let payload = SigningPayload(
            call: call,
            extra: extra,
            specVersion: Runtime.version.specVersion,
            transactionVersion: Runtime.version.transactionVersion,
            genesisHash: genesisHash,
            eraBlockHash: genesisHash
        )
        let signature = signer.pair.sign(payload.bytesToSign)
        let multi: MultiSignature =
            signer.scheme == .ed25519 ? .ed25519(try FixedBytes(signature)) : .sr25519(try FixedBytes(signature))
        return UncheckedExtrinsic(
            signature: ExtrinsicSignature(address: .id(signer.account), signature: multi, extra: extra),
            call: call
        )
        .scaleEncoded()
    }

    /// `Balances.transfer_keep_alive(dest, value)`: pallet 1, call 3, `MultiAddress::Id`, compact amount.
    static func transfer(to destination: DevKey, planck: UInt128) -> [UInt8] {
        [1, 3, 0] + destination.account.bytes + Compact(planck).scaleEncoded()
    }

    /// The `System.Account` storage key of `account`.
    static func accountKey(_ account: AccountId32) -> [UInt8] {
        Hashing.twox128(Array("System".utf8)) + Hashing.twox128(Array("Account".utf8))
            + Hashing.blake2_128Concat(account.bytes)
    }
}

/// What a subscription handler wrote, and its task.
struct Subscriber {
    let sink: SubscriptionSink
    let outcome: Task<RPCError?, Never>
    var messages: AsyncStream<JSONValue>.AsyncIterator

    /// The next message written: the subscribe reply or a notification; nil once the handler returned.
    mutating func nextMessage() async -> JSONValue? {
        await messages.next()
    }

    /// The `result` of the next notification, skipping the subscribe reply; nil once the handler returned.
    mutating func next() async -> JSONValue? {
        while let message = await messages.next() {
            if let result = message["params"]?["result"] { return result }
        }
        return nil
    }

    /// Ends the subscription as an unsubscribe would.
    func cancel() {
        sink.close()
        outcome.cancel()
    }
}

/// A development key tests sign with.
struct DevKey: Sendable {
    let pair: KeyPair
    let scheme: SignatureScheme
    /// The account id (the public key).
    let account: AccountId32

    /// Derives `uri` with `scheme`.
    init(_ uri: String, _ scheme: SignatureScheme = .sr25519) throws {
        pair = try KeyPair(uri: uri, scheme: scheme)
        self.scheme = scheme
        account = try AccountId32(bytes: pair.publicKey)
    }

    static var alice: DevKey { get throws { try DevKey("//Alice") } }
    static var bob: DevKey { get throws { try DevKey("//Bob") } }
    static var aliceEd25519: DevKey { get throws { try DevKey("//Alice", .ed25519) } }
}

/// A failure of the test world's own set-up.
struct WorldFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The best block, or a failure when the database has none.
private func requireBest(_ database: ChainDatabase) throws -> BlockID {
    guard let best = database.bestBlock else { throw WorldFailure("no best block") }
    return best
}
