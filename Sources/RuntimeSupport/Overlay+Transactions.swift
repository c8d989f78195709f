extension Overlay {
    /// The most transactions that may be open at once, as Substrate's `TRANSACTIONAL_LIMIT`.
    public static let transactionLimit = 255

    /// How many transactions are open.
    public var transactionDepth: Int { transactionStarts.count }

    /// Runs `body` in a nested transaction: its writes are kept if it returns and undone if it throws.
    ///
    /// This is FRAME's `with_storage_layer`: every dispatch runs in one, and `batch_all` runs its calls
    /// in one so that a failing call undoes the calls before it.
    /// - Parameter body: the work to run; it receives this overlay.
    /// - Returns: what `body` returns.
    /// - Throws: `body`'s error after undoing its writes, or `DispatchError.transactional(.limitReached)`
    ///   when `transactionLimit` transactions are already open.
    public mutating func transactional<Result>(
        _ body: (inout Overlay) throws(DispatchError) -> Result
    ) throws(DispatchError) -> Result {
        guard transactionDepth < Self.transactionLimit else { throw .transactional(.limitReached) }
        beginTransaction()
        do {
            let result = try body(&self)
            commitTransaction()
            return result
        } catch {
            rollBackTransaction()
            throw error
        }
    }

    /// Opens a transaction; pair it with `commitTransaction()` or `rollBackTransaction()`.
    ///
    /// Prefer `transactional(_:)`, which pairs them for you. The executive opens transactions by hand
    /// where a throw is not the reason to undo (a dry run that is always rolled back).
    public mutating func beginTransaction() {
        transactionStarts.append(journal.count)
    }

    /// Keeps the writes of the innermost transaction; they become part of the enclosing one.
    public mutating func commitTransaction() {
        precondition(!transactionStarts.isEmpty, "commitTransaction() without an open transaction")
        transactionStarts.removeLast()
        if transactionStarts.isEmpty { journal.removeAll(keepingCapacity: true) }
    }

    /// Undoes every write of the innermost transaction and closes it.
    public mutating func rollBackTransaction() {
        guard let start = transactionStarts.popLast() else {
            preconditionFailure("rollBackTransaction() without an open transaction")
        }
        while journal.count > start {
            switch journal.removeLast() {
            case .restore(let key, let previous):
                changes[key] = previous
            case .truncate(let key, let count):
                guard case .appended(var vector) = changes[key] else { continue }
                changes[key] = nil
                vector.items.removeLast(vector.items.count - count)
                changes[key] = .appended(vector)
            }
        }
    }
}
