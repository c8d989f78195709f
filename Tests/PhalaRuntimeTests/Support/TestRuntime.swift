import MerkleTrie
import PalletBalances
import PalletComputation
import PalletPhatContracts
import PalletRegistry
import PalletStakePools
import PalletSystem
import PalletTimestamp
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Testing

/// A test world (FRAME's `ExtBuilder`): a genesis built from a few endowed accounts, a chain of blocks
/// produced on demand, and block 1 open for dispatching calls directly.
///
/// After every block and every direct dispatch, System's and Balances' invariants are checked.
struct TestRuntime {
    let runtime: Runtime
    var store = InMemoryNodeStore()
    /// The last committed block's header.
    var head: Header
    /// Hashes of the committed blocks by number.
    var blockHashes: [BlockNumber: H256] = [:]
    /// A block on top of `head`, open for direct dispatches, with its timestamp inherent applied.
    var block: PendingBlock
    /// The slot of the next block.
    var nextSlot: UInt64 = 1_000

    var genesisHash: H256 { blockHashes[0]! }

    /// Builds the world.
    /// - Parameters:
    ///   - balances: the endowed accounts and their free balances in PHA.
    ///   - sudo: the sudo key.
    ///   - registry: the worker registry's genesis settings.
    ///   - configuration: the runtime's constants.
    ///   - messageWorkers: the workers allowed to sign messages (PhalaMq's genesis signers).
    ///   - masterKey: the account whose key signs gatekeeper messages.
    ///   - computation: the computation pallet's genesis settings.
    ///   - firstSlot: the slot of block 1 (its timestamp is the slot times the slot duration).
    static func build(
        balances: [(DevAccount, UInt64)] = [(.alice, 100), (.bob, 100)],
        sudo: DevAccount? = .alice,
        registry: ChainSpec.RegistrySettings? = nil,
        configuration: Runtime.Configuration = .init(),
        messageWorkers: [DevAccount] = [],
        masterKey: DevAccount? = nil,
        computation: ChainSpec.ComputationSettings? = nil,
        firstSlot: UInt64 = 1_000
    ) throws -> TestRuntime {
        let runtime = Runtime(configuration: configuration)
        let spec = ChainSpec(
            name: "Test world",
            id: "test",
            chainType: "Development",
            properties: .init(),
            genesis: .init(
                balances: balances.map { .init(account: $0.0.id.ss58, amount: "\($0.1) PHA") },
                sudoKey: sudo?.id.ss58,
                auraAuthorities: [DevAccount.alice.id.ss58],
                grandpaAuthorities: [.init(account: DevAccount.aliceEd25519.id.ss58)],
                registry: registry,
                messageQueueWorkers: messageWorkers.isEmpty ? nil : messageWorkers.map(\.id.ss58),
                gatekeeperMasterKey: masterKey?.id.ss58,
                computation: computation
            )
        )
        let genesis = try runtime.genesis(spec)
        var store = InMemoryNodeStore()
        store.insert(genesis.changes)
        let base = try Trie(root: genesis.changes.root, store: store)
        var world = TestRuntime(
            runtime: runtime,
            store: store,
            head: genesis.header,
            block: try runtime.beginBlock(
                Header(parentHash: genesis.header.hash, number: 1, stateRoot: .zero, extrinsicsRoot: .zero, digest: []),
                parentState: base
            )
        )
        world.blockHashes[0] = genesis.header.hash
        world.nextSlot = firstSlot
        try world.openBlock()
        return world
    }

    /// The committed head's state.
    var headState: Trie { try! Trie(root: head.stateRoot.bytes, store: store) }

    /// The header of the next block: Aura pre-runtime digest for `nextSlot`.
    func nextHeader() -> Header {
        Header(
            parentHash: head.hash,
            number: head.number + 1,
            stateRoot: .zero,
            extrinsicsRoot: .zero,
            digest: [.preRuntime(engine: DigestItem.auraEngine, data: nextSlot.scaleEncoded())]
        )
    }

    /// The timestamp inherent of the next block, in its slot.
    func timestampInherent() -> [UInt8] {
        let call = RuntimeCall.timestamp(.set(now: nextSlot * runtime.configuration.slotDuration))
        return UncheckedExtrinsic(signature: nil, call: call.scaleEncoded()).scaleEncoded()
    }

    /// Opens `block` on top of `head` and applies its timestamp inherent.
    mutating func openBlock() throws {
        block = try runtime.beginBlock(nextHeader(), parentState: headState)
        let inherent = try runtime.applyExtrinsic(timestampInherent(), to: &block)
        guard case .success(.success) = inherent else { throw TestFailure("timestamp inherent: \(inherent)") }
    }

    /// Applies `extrinsics` to the open block, finishes it, commits it and opens the next one.
    /// - Returns: each extrinsic's outcome.
    @discardableResult
    mutating func produceBlock(_ extrinsics: [[UInt8]]) throws -> [ApplyExtrinsicResult] {
        var results: [ApplyExtrinsicResult] = []
        for extrinsic in extrinsics { results.append(try runtime.applyExtrinsic(extrinsic, to: &block)) }
        try checkInvariants(&block.state)
        let finished = try runtime.finishBlock(block)
        store.insert(finished.changes)
        head = finished.block.header
        blockHashes[head.number] = head.hash
        lastBlock = finished.block
        nextSlot += 1
        try openBlock()
        return results
    }

    /// The last block `produceBlock` committed.
    var lastBlock: Block?

    /// Signs `call` as `signer`.
    func sign(
        _ call: RuntimeCall,
        by signer: DevAccount,
        nonce: UInt32,
        era: Era = .immortal,
        tip: Balance = .zero
    ) -> [UInt8] {
        let extra = SignedExtra(era: era, nonce: nonce, tip: tip)
        let birth = BlockNumber(era.birth(current: UInt64(head.number + 1)))
        let payload = SigningPayload(
            call: call.scaleEncoded(),
            extra: extra,
            specVersion: Runtime.version.specVersion,
            transactionVersion: Runtime.version.transactionVersion,
            genesisHash: genesisHash,
            eraBlockHash: blockHashes[birth] ?? .zero
        )
        let signature = signer.pair.sign(payload.bytesToSign)
        let multi: MultiSignature =
            signer == .aliceEd25519 ? .ed25519(try! FixedBytes(signature)) : .sr25519(try! FixedBytes(signature))
        return UncheckedExtrinsic(
            signature: ExtrinsicSignature(address: .id(signer.id), signature: multi, extra: extra),
            call: call.scaleEncoded()
        ).scaleEncoded()
    }

    /// Dispatches `call` directly in the open block, then checks the invariants.
    mutating func dispatch(_ call: RuntimeCall, as origin: Origin) throws(DispatchError) {
        defer { try! checkInvariants(&block.state) }
        try runtime.dispatch(call, origin: origin, in: &block.state)
    }

    /// Expects `body` to fail with `error` and to leave the state root unchanged (FRAME's `assert_noop!`).
    mutating func expectNoop(
        _ error: DispatchError,
        sourceLocation: SourceLocation = #_sourceLocation,
        _ body: (inout TestRuntime) throws(DispatchError) -> Void
    ) throws {
        let before = try block.state.committed().root
        #expect(throws: error, sourceLocation: sourceLocation) { try body(&self) }
        #expect(try block.state.committed().root == before, "the state changed", sourceLocation: sourceLocation)
    }

    /// The open block's events after its timestamp inherent's (which are at phase `applyExtrinsic(0)`).
    mutating func events() throws -> [EventRecord<RuntimeEvent>] {
        guard let bytes = try block.state.value(forKey: System.Storage.events.prefix) else { return [] }
        return try [EventRecord<RuntimeEvent>](scaleDecoding: bytes).filter { $0.phase != .applyExtrinsic(0) }
    }

    /// The events of the last committed block.
    func headEvents() throws -> [EventRecord<RuntimeEvent>] {
        guard let bytes = try headState.value(forKey: System.Storage.events.prefix) else { return [] }
        return try [EventRecord<RuntimeEvent>](scaleDecoding: bytes)
    }

    /// An account's record in the open block.
    mutating func account(_ account: DevAccount) throws -> System.AccountInfo {
        try System.Storage.account.value(account.id, in: &block.state)
    }

    /// An account's free balance in the open block.
    mutating func free(_ account: DevAccount) throws -> Balance { try self.account(account).data.free }

    /// The total issuance in the open block.
    mutating func totalIssuance() throws -> Balance { try Balances.Storage.totalIssuance.value(in: &block.state) }

    /// System's, Balances', Registry's, Computation's and the stake pools' invariants.
    func checkInvariants(_ state: inout Overlay) throws {
        try runtime.system.checkInvariants(in: &state)
        let accounts = try System.Storage.account.entries(in: &state).map { ($0.key, $0.value.data) }
        try runtime.balances.checkInvariants(accounts: accounts, in: &state)
        try runtime.registry.checkInvariants(in: &state)
        try runtime.computation.checkInvariants(in: &state)
        try runtime.stakePools.checkInvariants(in: &state)
        try runtime.phatContracts.checkInvariants(in: &state)
    }
}

/// A failure of the test world's own setup.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
