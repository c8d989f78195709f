import EnclaveAPI
import Logging
import Messaging
import PhalaClient
import PhalaPrimitives
import SCALE

extension RelayLoop {
    /// Feeds one justified header batch from `first` towards `last` (phala-facts.md §7.2).
    /// - Returns: false when no block in reach can end a batch yet (the caller waits for more).
    mutating func syncHeaders(_ client: Client, from first: BlockNumber, to last: BlockNumber) async throws -> Bool {
        let limit = max(1, configuration.maxHeadersPerBatch)
        let end = min(last, first &+ BlockNumber(limit - 1))
        let blocks = try await fetchBlocks(client, numbers: first...end)
        guard let length = HeaderBatchPlan.length(of: blocks, maximum: limit) else {
            logger.debug(
                "No justified block to end a header batch yet",
                metadata: ["block.first": "\(first)", "block.last": "\(end)"]
            )
            return false
        }
        let batch = blocks.prefix(length)
        let justification: GrandpaJustification?
        do { justification = try batch.last.flatMap(HeaderBatchPlan.grandpaJustification) } catch {
            throw RelayError.malformed("a GRANDPA justification", error)
        }
        let finalized = try await enclave.syncHeaders(
            HeaderBatch(headers: batch.map(\.block.header), justification: justification)
        )
        relay.progress.update { $0.blocksVerifiedSinceStart += UInt64(length) }
        logger.debug("Header batch verified", metadata: ["block.number": "\(finalized)", "batch.size": "\(length)"])
        return true
    }

    /// Dispatches the blocks after `dispatched` up to `finalized`, at most `maxBlocksPerDispatch` of them.
    mutating func dispatchBlocks(_ client: Client, after dispatched: BlockNumber, upTo finalized: BlockNumber)
        async throws
    {
        let first = dispatched + 1
        let last = min(finalized, dispatched &+ BlockNumber(max(1, configuration.maxBlocksPerDispatch)))
        guard let from = try await client.blockHash(number: first) else { throw RelayError.missingBlock(first) }
        guard let to = try await client.blockHash(number: last) else { throw RelayError.missingBlock(last) }
        let entries = try await client.storageChanges(from: from, to: to, extraKeys: ChainStorageKeys.watchedKeys)
        var blocks: [BlockChanges] = []
        for entry in entries { blocks.append(try Self.blockChanges(entry)) }
        let outcome = try await enclave.dispatchBlocks(blocks)
        relay.progress.update { $0.blocksDispatchedSinceStart += UInt64(blocks.count) }
        logger.debug(
            "Blocks dispatched",
            metadata: ["block.number": "\(outcome.dispatchedNumber)", "messages.handled": "\(outcome.messagesHandled)"]
        )
    }

    /// Converts the node's entry for one block into the enclave's form, decoding its signed messages.
    /// - Throws: `RelayError` when a message does not decode as a `SignedMessage`.
    static func blockChanges(_ entry: BlockStorageChanges) throws(RelayError) -> BlockChanges {
        var messages: [SignedMessage] = []
        for bytes in entry.offchainMessages {
            do { messages.append(try SignedMessage(scaleDecoding: bytes)) } catch {
                throw .malformed("an off-chain message of block \(entry.blockHash)", error)
            }
        }
        return BlockChanges(
            blockHash: entry.blockHash,
            changes: entry.changes.map { StorageChange(key: $0.key, value: $0.value) },
            proof: entry.proof,
            offchainMessages: messages
        )
    }

    /// The finalized blocks `numbers`, oldest first, fetched `fetchConcurrency` at a time.
    func fetchBlocks(_ client: Client, numbers: ClosedRange<BlockNumber>) async throws -> [SignedBlock] {
        var blocks: [SignedBlock] = []
        blocks.reserveCapacity(numbers.count)
        var next = numbers.lowerBound
        while blocks.count < numbers.count {
            let chunkEnd = min(numbers.upperBound, next &+ BlockNumber(max(1, configuration.fetchConcurrency) - 1))
            let chunk = try await withThrowingTaskGroup(of: (BlockNumber, SignedBlock).self) { group in
                for number in next...chunkEnd {
                    group.addTask { try await Self.fetchBlock(client, number: number) }
                }
                var fetched: [(BlockNumber, SignedBlock)] = []
                for try await result in group { fetched.append(result) }
                return fetched.sorted { $0.0 < $1.0 }.map(\.1)
            }
            blocks += chunk
            next = chunkEnd &+ 1
        }
        return blocks
    }

    /// One block by number, with its number (the parallel fetch sorts by it). Two awaits in one
    /// `guard let` crashed Swift 6.3's release optimizer (signal 11 while splitting the coroutine), in the
    /// task's closure and in a function alike; one await per statement compiles.
    private static func fetchBlock(_ client: Client, number: BlockNumber) async throws -> (BlockNumber, SignedBlock) {
        let hash = try await client.blockHash(number: number)
        guard let hash else { throw RelayError.missingBlock(number) }
        let block = try await client.signedBlock(hash: hash)
        guard let block else { throw RelayError.missingBlock(number) }
        return (number, block)
    }
}
