import JSONRPC
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import StateStore
import Testing

@testable import PhalaNode

/// The pool on the real runtime and an in-memory database holding the dev genesis.
@Suite struct TransactionPoolTests {
    let runtime = Runtime()
    let database: ChainDatabase
    let genesis: H256
    let alice: DevSigner
    let charlie: DevSigner
    let bob: AccountId32

    init() throws {
        database = try ChainDatabase.inMemory()
        let block = try runtime.genesis(try ChainSpec.development())
        _ = try database.commit(
            BlockCommit(
                block: Block(header: block.header, extrinsics: []),
                stateChanges: block.changes,
                storageChanges: [],
                makeBest: true,
                finalize: true
            )
        )
        genesis = block.header.hash
        alice = DevSigner(pair: try KeyPair(uri: "//Alice", scheme: .sr25519), genesisHash: genesis)
        charlie = DevSigner(pair: try KeyPair(uri: "//Charlie", scheme: .sr25519), genesisHash: genesis)
        bob = try AccountId32(bytes: KeyPair(uri: "//Bob", scheme: .sr25519).publicKey)
    }

    func pool(_ limits: TransactionPool.Limits = .init()) -> TransactionPool {
        TransactionPool(runtime: runtime, database: database, limits: limits)
    }

    @Test func aNonceAheadWaitsAsFutureUntilItsPredecessorArrives() async throws {
        let pool = pool()
        let second = try await pool.submitAndWatch(try alice.transfer(to: bob, planck: 1, nonce: 1))
        var secondUpdates = second.updates.makeAsyncIterator()
        #expect(await secondUpdates.next() == .future)
        #expect(await pool.readyTransactions(limit: 10).isEmpty)
        let first = try await pool.submit(try alice.transfer(to: bob, planck: 1, nonce: 0))
        #expect(await secondUpdates.next() == .ready)
        #expect(await pool.readyTransactions(limit: 10).map(\.hash) == [first, second.hash])
        #expect(await pool.nextNonce(for: try AccountId32(bytes: alice.pair.publicKey), chainNonce: 0) == 2)
    }

    @Test func aHigherTipGoesFirstAndSenderOrderHolds() async throws {
        let pool = pool()
        let plain = try await pool.submit(try alice.transfer(to: bob, planck: 1, nonce: 0))
        let next = try await pool.submit(try alice.transfer(to: bob, planck: 1, nonce: 1, tip: 10_000_000_000_000))
        let tipped = try await pool.submit(try charlie.transfer(to: bob, planck: 1, nonce: 0, tip: 1_000_000_000_000))
        let order = await pool.readyTransactions(limit: 10).map(\.hash)
        #expect(order.first == tipped)
        #expect(order.firstIndex(of: plain)! < order.firstIndex(of: next)!)
    }

    @Test func aSameNonceReplacementNeedsAHigherTip() async throws {
        let pool = pool()
        let original = try await pool.submitAndWatch(try alice.transfer(to: bob, planck: 1, nonce: 0, tip: 5))
        await #expect(throws: PoolError.self) {
            try await pool.submit(try alice.transfer(to: bob, planck: 2, nonce: 0, tip: 5))
        }
        let replacement = try await pool.submit(
            try alice.transfer(to: bob, planck: 3, nonce: 0, tip: 1_000_000_000_000)
        )
        var updates = original.updates.makeAsyncIterator()
        #expect(await updates.next() == .ready)
        #expect(await updates.next() == .dropped)
        #expect(await pool.readyTransactions(limit: 10).map(\.hash) == [replacement])
    }

    @Test func duplicatesFullPoolsAndBansAreRefusedWithSubstrateCodes() async throws {
        let pool = pool(.init(maxCount: 2))
        let first = try alice.transfer(to: bob, planck: 1, nonce: 0)
        let firstHash = try await pool.submit(first)
        try await expectCode(RPCError.Code.alreadyImported) { try await pool.submit(first) }
        _ = try await pool.submit(try alice.transfer(to: bob, planck: 1, nonce: 1))
        try await expectCode(RPCError.Code.temporarilyBanned) {
            try await pool.submit(try alice.transfer(to: bob, planck: 1, nonce: 2))
        }
        await pool.blockImported(number: 1, hash: H256(FixedBytes(repeating: 1)), included: [], refused: [firstHash])
        #expect(await pool.count == 1)
        try await expectCode(RPCError.Code.temporarilyBanned) { try await pool.submit(first) }
    }

    @Test func badSignaturesAndGarbageGetTheirErrors() async throws {
        let pool = pool()
        var forged = try alice.transfer(to: bob, planck: 1, nonce: 0)
        forged[forged.count - 40] ^= 1
        let badSignature = try await refusal { try await pool.submit(forged) }
        #expect(badSignature.code == 1010)
        #expect(badSignature.data == "Transaction has a bad signature")
        let garbage = try await refusal { try await pool.submit([0x10, 0xff, 0x00, 0x01, 0x02]) }
        #expect(garbage.code == 1001)
    }

    @Test func inclusionAndFinalityReachWatchers() async throws {
        let pool = pool()
        let watched = try await pool.submitAndWatch(try alice.transfer(to: bob, planck: 1, nonce: 0))
        let block = H256(FixedBytes(repeating: 7))
        await pool.blockImported(number: 1, hash: block, included: [watched.hash], refused: [])
        await pool.blockFinalized(number: 1, hash: block)
        var statuses: [TransactionStatus] = []
        for await status in watched.updates { statuses.append(status) }
        #expect(statuses == [.ready, .inBlock(block), .finalized(block)])
        #expect(await pool.count == 0)
    }

    private func expectCode(_ code: Int, _ body: () async throws -> H256) async throws {
        #expect(try await refusal(body).code == code)
    }

    private func refusal(_ body: () async throws -> H256) async throws -> RPCError {
        do {
            _ = try await body()
        } catch let error as PoolError {
            return error.rpcError
        }
        Issue.record("the pool accepted the transaction")
        return RPCError(code: 0, message: "accepted")
    }
}
