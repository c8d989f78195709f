import Logging
import MerkleTrie
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import StateStore

/// Builds one block on the best block from the pool's ready transactions, seals it, finalizes it with a
/// one-voter GRANDPA justification, commits it in one database transaction, then tells the pool and
/// the chain's subscribers.
///
/// The dev chain's single authority both authors (Aura, sr25519) and votes (GRANDPA, ed25519). Blocks
/// are only built when transactions are ready, so an idle dev chain does not grow — unless workers are
/// computing (`Runtime.needsBlocksWithoutTransactions`): then every slot gets a block, so heartbeat
/// challenges and the gatekeepers' settlements keep coming.
struct BlockAuthor: Sendable {
    let runtime: Runtime
    let database: ChainDatabase
    let pool: TransactionPool
    let events: ChainEvents
    let keys: NodeConfiguration.Author
    let maxTransactions: Int
    let logger: Logger

    /// What one authored block carried.
    struct Outcome: Sendable {
        let block: BlockID
        let transactions: Int
        let refused: Int
    }

    /// Builds, seals, finalizes and commits the block of `slot`, if transactions are ready or workers compute.
    /// - Parameter slot: the Aura slot (unix milliseconds / slot duration); it must exceed the parent's.
    /// - Returns: the block, or `nil` when nothing was ready and no worker computes, or the slot is not after
    ///   the parent's.
    /// - Throws: `NodeError.authoring` when the parent state is unreadable or the block cannot be committed.
    func authorBlock(slot: UInt64) async throws(NodeError) -> Outcome? {
        guard let best = database.bestBlock else { throw .authoring("the database has no best block") }
        let parent: Header
        do {
            guard let header = try database.header(hash: best.hash) else {
                throw NodeError.authoring("best block \(best) has no header")
            }
            parent = header
        } catch let error as NodeError {
            throw error
        } catch {
            throw .authoring("reading best block \(best): \(error)")
        }
        guard slot > (AuraSeal.slot(of: parent) ?? 0), try isOurs(slot: slot, parent: best.hash) else { return nil }
        let candidates = await pool.readyTransactions(limit: maxTransactions)
        if candidates.isEmpty {
            guard try needsBlocks(on: best.hash) else { return nil }
        }

        let built: (finished: FinishedBlock, included: [H256], refused: [H256])
        do {
            built = try await build(on: parent, hash: best.hash, slot: slot, candidates: candidates)
        } catch {
            throw .authoring("building block #\(best.number + 1) on \(best): \(error)")
        }
        let header = AuraSeal.seal(built.finished.block.header, with: keys.aura)
        let hash = header.hash
        let block = Block(header: header, extrinsics: built.finished.block.extrinsics)
        let justification = justify(hash: hash, number: header.number)
        let storageChanges = built.finished.storageChanges.map { StorageChange(key: $0.key, value: $0.value) }
        do {
            _ = try database.commit(
                BlockCommit(
                    block: block,
                    stateChanges: built.finished.changes,
                    storageChanges: storageChanges,
                    justification: Justification(
                        engine: GrandpaJustification.engine,
                        encoded: justification.scaleEncoded()
                    ),
                    makeBest: true,
                    finalize: true
                )
            )
        } catch {
            throw .authoring("committing block #\(header.number) \(hash): \(error)")
        }
        let extrinsics = block.extrinsics.map { $0.scaleEncoded() }
        events.publish(
            .imported(
                ImportedBlock(
                    header: header,
                    hash: hash,
                    extrinsics: extrinsics,
                    storageChanges: storageChanges,
                    isBest: true
                )
            )
        )
        await pool.blockImported(number: header.number, hash: hash, included: built.included, refused: built.refused)
        events.publish(.finalized(header: header, hash: hash))
        await pool.blockFinalized(number: header.number, hash: hash)
        return Outcome(
            block: BlockID(number: header.number, hash: hash),
            transactions: built.included.count,
            refused: built.refused.count
        )
    }

    /// Whether the state at `parent` asks for a block without transactions.
    private func needsBlocks(on parent: H256) throws(NodeError) -> Bool {
        do { return try runtime.needsBlocksWithoutTransactions(state: try database.trie(at: parent)) } catch {
            throw .authoring("reading the computing workers at \(parent): \(error)")
        }
    }

    /// Executes the timestamp inherent and as many candidates as fit on top of `parent`.
    private func build(on parent: Header, hash parentHash: H256, slot: UInt64, candidates: [PooledTransaction])
        async throws
        -> (finished: FinishedBlock, included: [H256], refused: [H256])
    {
        let header = Header(
            parentHash: parentHash,
            number: parent.number + 1,
            stateRoot: .zero,
            extrinsicsRoot: .zero,
            digest: [AuraSeal.preDigest(slot: slot)]
        )
        var pending = try runtime.beginBlock(header, parentState: database.trie(at: parentHash))
        for inherent in runtime.inherents(slot: slot) {
            guard case .success(.success) = try runtime.applyExtrinsic(inherent, to: &pending) else {
                throw NodeError.authoring("an inherent of slot \(slot) failed")
            }
        }
        let checks = runtime.signatureChecks(for: candidates.map(\.bytes), in: &pending)
        pending.verifiedSignatures = await ParallelSignatureVerifier.verify(checks)
        var included: [H256] = []
        var refused: [H256] = []
        for candidate in candidates {
            guard let outcome = try apply(candidate.bytes, to: &pending) else {
                refused.append(candidate.hash)
                continue
            }
            switch outcome {
            case .success: included.append(candidate.hash)
            case .failure(.invalid(.future)): continue
            case .failure(.invalid(.exhaustsResources)): break
            case .failure(let error):
                logger.debug("transaction refused", metadata: ["tx": "\(candidate.hash)", "reason": "\(error.reason)"])
                refused.append(candidate.hash)
                continue
            }
            if case .failure = outcome { break }
        }
        return (try runtime.finishBlock(pending), included, refused)
    }

    /// Whether `slot` belongs to this node's Aura key: authorities[slot mod count] at the parent.
    private func isOurs(slot: UInt64, parent: H256) throws(NodeError) -> Bool {
        let authorities: [[UInt8]]
        do {
            let encoded = try runtime.call("AuraApi_authorities", arguments: [], state: database.trie(at: parent))
            var decoder = ScaleDecoder(encoded)
            authorities = try decoder.decode([FixedBytes<32>].self).map(\.bytes)
        } catch {
            throw .authoring("reading the Aura authorities at \(parent): \(error)")
        }
        guard !authorities.isEmpty else { return false }
        return authorities[Int(slot % UInt64(authorities.count))] == keys.aura.publicKey
    }

    /// Applies one transaction; `nil` when its bytes do not decode (it is refused, the block goes on).
    private func apply(_ bytes: [UInt8], to pending: inout PendingBlock) throws(ExecutiveError) -> ApplyExtrinsicResult?
    {
        do {
            return try runtime.applyExtrinsic(bytes, to: &pending)
        } catch {
            if case .undecodableExtrinsic = error { return nil }
            throw error
        }
    }

    /// The single voter's precommit on the block, as a justification of round `number`, set 0.
    private func justify(hash: H256, number: BlockNumber) -> GrandpaJustification {
        let round = UInt64(number)
        let payload = GrandpaJustification.precommitPayload(
            targetHash: hash,
            targetNumber: number,
            round: round,
            setID: 0
        )
        let precommit = GrandpaJustification.SignedPrecommit(
            targetHash: hash,
            targetNumber: number,
            signature: keys.grandpa.sign(payload),
            voter: keys.grandpa.publicKey
        )
        return GrandpaJustification(round: round, targetHash: hash, targetNumber: number, precommits: [precommit])
    }
}
