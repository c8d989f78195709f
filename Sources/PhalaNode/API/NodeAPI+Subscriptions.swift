import JSONRPC
import PhalaPrimitives
import PhalaRuntime
import StateStore

extension NodeAPI {
    /// The head, storage and runtime-version subscriptions with their aliases (substrate-rpc.md §2.3).
    ///
    /// Each handler subscribes to `ChainEvents` before reading the current head, so no block falls between
    /// the first notification and the stream; events the first notification already covers are skipped.
    func registerSubscriptions(in methods: inout RPCMethods) {
        let api = self
        methods.subscription(
            subscribe: "chain_subscribeNewHeads",
            subscribeAliases: ["chain_subscribeNewHead", "subscribe_newHead"],
            unsubscribe: "chain_unsubscribeNewHeads",
            unsubscribeAliases: ["chain_unsubscribeNewHead", "unsubscribe_newHead"],
            notification: "chain_newHead"
        ) { _, sink throws(RPCError) in
            let events = api.events.subscribe()
            try await api.followHeads(from: try api.bestBlock(), events: events, sink: sink) { event in
                guard case .imported(let block) = event, block.isBest else { return nil }
                return (block.header, block.hash)
            }
        }
        methods.subscription(
            subscribe: "chain_subscribeFinalizedHeads",
            subscribeAliases: ["chain_subscribeFinalisedHeads"],
            unsubscribe: "chain_unsubscribeFinalizedHeads",
            unsubscribeAliases: ["chain_unsubscribeFinalisedHeads"],
            notification: "chain_finalizedHead"
        ) { _, sink throws(RPCError) in
            let events = api.events.subscribe()
            guard let finalized = api.database.finalizedBlock else {
                throw .internalError("the node has no genesis block yet")
            }
            try await api.followHeads(from: finalized, events: events, sink: sink) { event in
                guard case .finalized(let header, let hash) = event else { return nil }
                return (header, hash)
            }
        }
        methods.subscription(
            subscribe: "chain_subscribeAllHeads",
            unsubscribe: "chain_unsubscribeAllHeads",
            notification: "chain_allHead"
        ) { _, sink throws(RPCError) in
            let events = api.events.subscribe()
            await sink.accept()
            for await event in events {
                guard case .imported(let block) = event else { continue }
                await sink.send(.header(block.header))
            }
        }
        methods.subscription(
            subscribe: "state_subscribeStorage",
            unsubscribe: "state_unsubscribeStorage",
            notification: "state_storage"
        ) { params, sink throws(RPCError) in
            let hasKeys = try params.value(at: 0).map { $0 != .null } ?? false
            let keys = hasKeys ? try Self.keys(params, at: 0) : nil
            let events = api.events.subscribe()
            try await api.followStorage(keys: keys, events: events, sink: sink)
        }
        methods.subscription(
            subscribe: "state_subscribeRuntimeVersion",
            subscribeAliases: ["chain_subscribeRuntimeVersion"],
            unsubscribe: "state_unsubscribeRuntimeVersion",
            unsubscribeAliases: ["chain_unsubscribeRuntimeVersion"],
            notification: "state_runtimeVersion"
        ) { _, sink throws(RPCError) in
            let events = api.events.subscribe()
            await sink.send(.runtimeVersion(Runtime.version))
            // The runtime cannot change, so nothing more is sent; the subscription stays open until the
            // client leaves or the node shuts down (which ends the event stream).
            for await _ in events {}
        }
    }

    /// Sends the header of `current`, then the header of every event `select` picks that the first one
    /// does not already cover.
    func followHeads(
        from current: BlockID,
        events: AsyncStream<ChainEvent>,
        sink: SubscriptionSink,
        select: (ChainEvent) -> (header: Header, hash: H256)?
    ) async throws(RPCError) {
        guard let header = try header(current.hash) else {
            throw .internalError("the head block \(current) is not stored")
        }
        await sink.send(.header(header))
        for await event in events {
            guard let (header, hash) = select(event), header.number >= current.number, hash != current.hash else {
                continue
            }
            await sink.send(.header(header))
        }
    }

    /// Sends the requested keys' values at the best block (every key, `null` when absent), then the
    /// changes of each new best block to those keys (to any key when `keys` is nil).
    func followStorage(keys: [[UInt8]]?, events: AsyncStream<ChainEvent>, sink: SubscriptionSink) async throws(RPCError)
    {
        let best = try bestBlock()
        if let keys {
            let state = try state(at: best.hash)
            var changes: [(key: [UInt8], value: [UInt8]?)] = []
            for key in keys { changes.append((key, try read(key, in: state))) }
            await sink.send(.changeSet(block: best.hash, changes: changes))
        } else {
            await sink.accept()
        }
        let wanted = keys.map(Set.init)
        for await event in events {
            guard case .imported(let block) = event, block.isBest, block.header.number > best.number else { continue }
            let changes = block.storageChanges.filter { wanted?.contains($0.key) ?? true }
            guard !changes.isEmpty else { continue }
            await sink.send(.changeSet(block: block.hash, changes: changes.map { ($0.key, $0.value) }))
        }
    }
}
