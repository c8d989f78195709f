import PhalaPrimitives
import RuntimeSupport
import StateStore

extension TransactionPool {
    /// Pools a validated transaction: checks bans, duplicates, replacement and limits, then announces
    /// its status to `watcher` and any transaction it makes ready.
    /// - Returns: its hash, or `nil` when it was validated on a block that is no longer the best one
    ///   and must be validated again.
    func insert(
        _ validated: (bytes: [UInt8], hash: H256, validity: ValidTransaction, best: BlockNumber),
        watcher: AsyncStream<TransactionStatus>.Continuation?
    ) throws(PoolError) -> H256? {
        guard database.bestBlock?.number == validated.best else { return nil }
        let hash = validated.hash
        if let until = bannedUntil[hash], until >= bestNumber { throw .temporarilyBanned }
        guard transactions[hash] == nil else { throw .alreadyImported }
        let transaction = PooledTransaction(
            hash: hash,
            bytes: validated.bytes,
            validity: validated.validity,
            bestNumber: validated.best,
            sequence: nextSequence
        )
        let replaced = Set(transaction.provides.compactMap { providers[$0] })
        for other in replaced where transactions[other].map({ $0.priority >= transaction.priority }) ?? false {
            throw .priorityTooLow
        }
        let freedBytes = replaced.reduce(0) { $0 + (transactions[$1]?.bytes.count ?? 0) }
        guard transactions.count - replaced.count < limits.maxCount,
            totalBytes - freedBytes + transaction.bytes.count <= limits.maxBytes
        else { throw .full }
        if !isReady(transaction), futureCount() >= limits.maxFutureCount { throw .full }

        for other in replaced { remove(other, status: .dropped) }
        nextSequence += 1
        transactions[hash] = transaction
        totalBytes += transaction.bytes.count
        for tag in transaction.provides { providers[tag] = hash }
        for tag in transaction.requires { waiting[tag, default: []].insert(hash) }
        if let watcher { watchers[hash, default: []].append(watcher) }
        promote(from: hash)
        if !announcedReady.contains(hash) { notify(hash, .future) }
        return hash
    }

    /// Whether every tag `transaction` requires is provided by a pooled transaction already ready.
    func isReady(_ transaction: PooledTransaction) -> Bool {
        transaction.requires.allSatisfy { tag in providers[tag].map(announcedReady.contains) ?? false }
    }

    /// How many pooled transactions wait for a requirement.
    func futureCount() -> Int { transactions.count - announcedReady.count }

    /// Marks `start` ready if it is, then every waiting transaction it unblocks, sending `ready` to each.
    func promote(from start: H256) {
        var queue = [start]
        while let hash = queue.popLast() {
            guard let transaction = transactions[hash], !announcedReady.contains(hash), isReady(transaction) else {
                continue
            }
            announcedReady.insert(hash)
            notify(hash, .ready)
            for tag in transaction.provides { queue += (waiting[tag] ?? []).sorted { $0.description < $1.description } }
        }
    }

    /// Removes a transaction and tells its watchers `status`.
    func remove(_ hash: H256, status: TransactionStatus) {
        guard let transaction = transactions.removeValue(forKey: hash) else { return }
        totalBytes -= transaction.bytes.count
        announcedReady.remove(hash)
        for tag in transaction.provides where providers[tag] == hash { providers[tag] = nil }
        for tag in transaction.requires { waiting[tag]?.remove(hash) }
        notify(hash, status)
    }

    /// Sends `status` to the transaction's watchers, ending their streams when it is final.
    func notify(_ hash: H256, _ status: TransactionStatus) {
        guard let continuations = watchers[hash] else { return }
        for continuation in continuations {
            continuation.yield(status)
            if status.isFinal { continuation.finish() }
        }
        if status.isFinal { watchers[hash] = nil }
    }
}
