import EnclaveAPI
import LightClient
import MerkleTrie
import Messaging
import PalletRegistry
import PhalaPrimitives
import SCALE

extension EnclaveState {
    /// Dispatches the next verified block (pRuntime's `dispatch_blocks`, phala-facts.md §7.4): checks
    /// its changes and the watched keys against the block's state root, checks its off-chain messages,
    /// hands its outbound messages to the handlers in chain order, then ends the block.
    /// - Parameters:
    ///   - block: the block's changes, proof and signed messages.
    ///   - environment: keys, benchmark and sealed storage.
    /// - Returns: how many messages the handlers took.
    /// - Throws: `EnclaveError.blockRejected` or `.messageRejected`; the caller discards the copy.
    mutating func dispatch(_ block: BlockChanges, environment: DispatchEnvironment) throws(EnclaveError) -> UInt32 {
        guard let next = pending.first else {
            throw .blockRejected(.notNext, detail: "no verified block waits for its changes; sync its header first")
        }
        guard next.hash == block.blockHash else {
            throw .blockRejected(.notNext, detail: "expected the changes of #\(next.number) \(next.hash), got \(block.blockHash)")
        }
        let values = try provenValues(of: block, root: next.stateRoot)
        let outbound: [Message]
        do {
            outbound = try values.outbound.map { try [Message](scaleDecoding: $0) } ?? []
        } catch {
            throw .blockRejected(.incompleteProof, detail: "the proven outbound messages do not decode: \(error)")
        }
        try checkOffchainMessages(block.offchainMessages, outbound: outbound)
        pending.removeFirst()
        dispatched = next
        timestampValue = values.timestamp
        outboundValue = values.outbound
        return try process(outbound, environment: environment)
    }

    /// Runs the dispatched block's messages through the handlers, between the gatekeeper replay's
    /// begin and the end-of-block work. `dispatched` and the timestamp must already be the block's.
    /// - Parameters:
    ///   - outbound: the block's proven messages, in chain order.
    ///   - environment: keys, benchmark and sealed storage.
    /// - Returns: how many messages the handlers took.
    /// - Throws: `EnclaveError.sealingFailed` when a reply cannot be queued or a key sealed.
    mutating func process(_ outbound: [Message], environment: DispatchEnvironment) throws(EnclaveError) -> UInt32 {
        beginComputingBlock()
        var handled: UInt32 = 0
        for message in outbound where try handle(message, environment: environment) {
            handled += 1
        }
        try endBlock(environment: environment)
        return handled
    }

    /// Verifies the claimed changes and reads the watched keys from the proof.
    private func provenValues(of block: BlockChanges, root: H256) throws(EnclaveError)
        -> (timestamp: [UInt8]?, outbound: [UInt8]?)
    {
        let changedKeys = block.changes.map(\.key)
        let unchanged = ChainStorageKeys.watchedKeys.filter { !changedKeys.contains($0) }
        let proven: [(key: [UInt8], value: [UInt8]?)]
        do {
            proven = try Trie.readProof(root: root.bytes, proof: block.proof, keys: changedKeys + unchanged)
        } catch {
            throw .blockRejected(.incompleteProof, detail: "the proof does not prove the changed and watched keys: \(error)")
        }
        // `readProof` answers in the order of the keys asked: the changes first, then the unchanged watched keys.
        for (change, answer) in zip(block.changes, proven) where answer.value != change.value {
            throw .blockRejected(
                .storageMismatch,
                detail: "key \(Hex.encode(change.key)) is claimed to change to a value the state root does not hold"
            )
        }
        func value(of key: [UInt8]) -> [UInt8]? {
            proven.first { $0.key == key }?.value ?? nil
        }
        return (value(of: ChainStorageKeys.timestampNow), value(of: ChainStorageKeys.outboundMessages))
    }

    /// Work at the end of every block: the gatekeeper replay's report, the benchmark report when its
    /// window is over (the benchmark keeps running while computing), and dropping own messages the
    /// chain has accepted.
    private mutating func endBlock(environment: DispatchEnvironment) throws(EnclaveError) {
        let me = MessageOrigin.worker(environment.identity.publicKeyBytes)
        try endComputingBlock(environment: environment)
        if let window = benchmark, dispatched.number - window.startBlock >= window.duration {
            let counted = environment.benchmark.iterations
            let iterations = counted >= window.startIterations ? counted - window.startIterations : counted
            try send(RegistryEvent.benchReport(startTime: window.startTime, iterations: iterations), to: .registryEvent, from: me)
            benchmark = nil
            if benchmarkIdle { environment.benchmark.pause() }
        }
        for origin in [me, .gatekeeper] + clusters.keys.map(MessageOrigin.cluster) {
            egress.acknowledge(origin, nextSequence: ingressSequences[origin] ?? 0)
        }
    }

    /// Signs and queues one message.
    mutating func send(_ payload: some ScaleEncodable, to topic: Topic, from origin: MessageOrigin) throws(EnclaveError) {
        do {
            try egress.push(payload.scaleEncoded(), to: topic, from: origin)
        } catch {
            throw .sealingFailed(reason: "cannot queue a message from \(origin): \(error)")
        }
    }
}
