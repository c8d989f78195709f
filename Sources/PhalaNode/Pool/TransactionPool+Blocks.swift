public import PhalaPrimitives

extension TransactionPool {
    /// The ready transactions in the order a block should include them: highest priority first (earlier
    /// arrival on ties), and never before a pooled transaction it requires.
    /// - Parameter limit: most transactions to return.
    public func readyTransactions(limit: Int) -> [PooledTransaction] {
        var unmet: [H256: Int] = [:]
        var unlocks: [[UInt8]: [H256]] = [:]
        var available: [PooledTransaction] = []
        for hash in announcedReady {
            guard let transaction = transactions[hash] else { continue }
            let pending = transaction.requires.filter { providers[$0] != nil }
            if pending.isEmpty {
                available.append(transaction)
            } else {
                unmet[hash] = pending.count
                for tag in pending { unlocks[tag, default: []].append(hash) }
            }
        }
        // Ascending, so the best transaction is last and `popLast` takes it.
        available.sort { $1.precedes($0) }
        var chosen: [PooledTransaction] = []
        while chosen.count < limit, let next = available.popLast() {
            chosen.append(next)
            for tag in next.provides {
                for hash in unlocks[tag] ?? [] {
                    guard let count = unmet[hash], let transaction = transactions[hash] else { continue }
                    unmet[hash] = count - 1
                    guard count == 1 else { continue }
                    let position = available.partitioningIndex { transaction.precedes($0) }
                    available.insert(transaction, at: position)
                }
            }
        }
        return chosen
    }

    /// Updates the pool after a block became best: included transactions leave with `inBlock`, what
    /// they provided now counts as on chain, refused ones are dropped and banned, expired ones dropped.
    /// - Parameters:
    ///   - number: the block's number.
    ///   - hash: the block's hash.
    ///   - included: hashes of the transactions it carries.
    ///   - refused: hashes of pooled transactions the author found invalid on this block's parent.
    public func blockImported(number: BlockNumber, hash: H256, included: [H256], refused: [H256]) {
        bestNumber = number
        var includedHere: [H256] = []
        var onChain: [[UInt8]] = []
        for transactionHash in included {
            guard let transaction = transactions[transactionHash] else { continue }
            onChain += transaction.provides
            includedHere.append(transactionHash)
            remove(transactionHash, status: .inBlock(hash))
        }
        for tag in onChain {
            for dependent in waiting.removeValue(forKey: tag) ?? [] {
                transactions[dependent]?.requires.removeAll { $0 == tag }
            }
        }
        for transactionHash in refused {
            bannedUntil[transactionHash] = number &+ limits.banBlocks
            remove(transactionHash, status: .invalid)
        }
        for transaction in transactions.values where transaction.validUntil < UInt64(number) {
            remove(transaction.hash, status: .invalid)
        }
        bannedUntil = bannedUntil.filter { $0.value >= number }
        if !includedHere.isEmpty { awaitingFinality.append((number, hash, includedHere)) }
        for transaction in transactions.values.sorted(by: { $0.sequence < $1.sequence }) {
            promote(from: transaction.hash)
        }
    }

    /// Tells the watchers of transactions in `number` and earlier blocks that they are final.
    /// - Parameters:
    ///   - number: the finalized block's number.
    ///   - hash: its hash.
    public func blockFinalized(number: BlockNumber, hash: H256) {
        let final = awaitingFinality.filter { $0.number <= number }
        awaitingFinality.removeAll { $0.number <= number }
        for entry in final {
            for transaction in entry.transactions { notify(transaction, .finalized(entry.block)) }
        }
    }
}

extension Array {
    /// The first index whose element satisfies `belongsInSecondPart`, for an array already partitioned by it.
    fileprivate func partitioningIndex(where belongsInSecondPart: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if belongsInSecondPart(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
