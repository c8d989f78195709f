public import PhalaPrimitives
public import PhalaRuntime
public import StateStore

/// Imports blocks built elsewhere: verifies their signatures on every core, executes them on the
/// parent's state, and commits each in one database transaction.
///
/// The node has one writer: use one importer (or the dev author) per database at a time. The header's
/// Aura seal and the justification are consensus checks that belong to the caller (the dev chain has
/// one trusted author); this type checks that executing the block reproduces its header.
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
    public init(runtime: Runtime, database: ChainDatabase, signatureWorkers: Int = ParallelSignatureVerifier.defaultWorkers) {
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
    public func importBlock(_ block: Block, justification: Justification? = nil, finalize: Bool = false) async throws(NodeError)
        -> BlockID
    {
        let parentHash = block.header.parentHash
        let finished: FinishedBlock
        do {
            let parentState = try database.trie(at: parentHash)
            let checks = try runtime.signatureChecks(for: block, parentState: parentState)
            let verified = await ParallelSignatureVerifier.verify(checks, workers: signatureWorkers)
            finished = try runtime.executeBlock(block, parentState: parentState, verified: verified)
        } catch {
            throw .importFailed("importing block #\(block.header.number) on \(parentHash): \(error)")
        }
        do {
            return try database.commit(
                BlockCommit(
                    block: block, stateChanges: finished.changes,
                    storageChanges: finished.storageChanges.map { StorageChange(key: $0.key, value: $0.value) },
                    justification: justification, makeBest: true, finalize: finalize))
        } catch {
            throw .importFailed("committing block #\(block.header.number) \(block.header.hash): \(error)")
        }
    }
}
