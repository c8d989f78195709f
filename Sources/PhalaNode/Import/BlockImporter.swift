import MerkleTrie
public import PhalaPrimitives
public import PhalaRuntime
import SCALE
public import StateStore

/// Imports blocks built elsewhere: verifies their signatures on every core, executes them on the
/// parent's state, and commits each in one database transaction.
///
/// Before executing, the header's Aura seal must be the slot author's (the authorities of the parent's
/// state, round robin) and its slot must follow the parent's; after executing, the block must reproduce
/// its header. Finality (the justification) is the caller's to check. The node has one writer: use one
/// importer (or the dev author) per database at a time.
public struct BlockImporter: Sendable {
    /// Executes blocks.
    public let runtime: Runtime
    /// Receives them.
    public let database: ChainDatabase
    /// How many tasks verify signatures at once.
    public let signatureWorkers: Int

    /// Creates an importer writing into `database`.
    /// - Parameters:
    ///   - runtime: executes the blocks.
    ///   - database: receives them.
    ///   - signatureWorkers: tasks verifying signatures at once; every active core by default.
    public init(
        runtime: Runtime,
        database: ChainDatabase,
        signatureWorkers: Int = ParallelSignatureVerifier.defaultWorkers
    ) {
        self.runtime = runtime
        self.database = database
        self.signatureWorkers = signatureWorkers
    }

    /// Verifies, executes and commits `block` as the new best block.
    /// - Parameters:
    ///   - block: a child of a stored block, sealed or not.
    ///   - justification: a finality proof to store with it, if any.
    ///   - finalize: whether it becomes the finalized block.
    /// - Returns: the committed block's id.
    /// - Throws: `NodeError.importFailed` when the parent is unknown, the block is invalid, or the commit fails.
    public func importBlock(_ block: Block, justification: Justification? = nil, finalize: Bool = false)
        async throws(NodeError)
        -> BlockID
    {
        let parentHash = block.header.parentHash
        let finished: FinishedBlock
        do {
            let parentState = try database.trie(at: parentHash)
            try checkSeal(block.header, parentState: parentState)
            let checks = try runtime.signatureChecks(for: block, parentState: parentState)
            let verified = await ParallelSignatureVerifier.verify(checks, workers: signatureWorkers)
            finished = try runtime.executeBlock(block, parentState: parentState, verified: verified)
        } catch let error as NodeError {
            throw error
        } catch {
            throw .importFailed("importing block #\(block.header.number) on \(parentHash): \(error)")
        }
        do {
            return try database.commit(
                BlockCommit(
                    block: block,
                    stateChanges: finished.changes,
                    storageChanges: finished.storageChanges.map { StorageChange(key: $0.key, value: $0.value) },
                    justification: justification,
                    makeBest: true,
                    finalize: finalize
                )
            )
        } catch {
            throw .importFailed("committing block #\(block.header.number) \(block.header.hash): \(error)")
        }
    }

    /// Checks the Aura seal against the parent's authorities and the parent's slot.
    private func checkSeal(_ header: Header, parentState: Trie) throws -> Void {
        guard let parent = try database.header(hash: header.parentHash) else {
            throw NodeError.importFailed(
                "block #\(header.number)'s parent \(header.parentHash) is unknown; import it first"
            )
        }
        var decoder = ScaleDecoder(try runtime.call("AuraApi_authorities", arguments: [], state: parentState))
        let authorities = try decoder.decode([FixedBytes<32>].self).map(\.bytes)
        guard let slot = AuraSeal.verifiedSlot(of: header, authorities: authorities) else {
            throw NodeError.importFailed(
                "block #\(header.number) \(header.hash) is not sealed by its slot's Aura authority"
            )
        }
        guard slot > (AuraSeal.slot(of: parent) ?? 0) else {
            throw NodeError.importFailed("block #\(header.number)'s slot \(slot) does not follow its parent's")
        }
    }
}
