import JSONRPC
import PhalaPrimitives
import PhalaRuntime
import StateStore
import Testing

@testable import PhalaNode

@Suite(.timeLimit(.minutes(1))) struct NodeAPISubscriptionsTests {
    @Test func newHeadsSendTheBestHeaderAtOnceThenEachNewBest() async throws {
        var world = try APIWorld()
        for name in ["chain_subscribeNewHeads", "chain_subscribeNewHead", "subscribe_newHead"] {
            var heads = try world.subscribe(name)
            #expect(await heads.nextMessage()?["result"] == "sub")
            let first = await heads.nextMessage()
            #expect(first?["method"] == "chain_newHead")
            #expect(first?["params"]?["subscription"] == "sub")
            let current = try await world.call("chain_getHeader")
            #expect(first?["params"]?["result"] == current)
            let block = try await world.produceBlock()
            #expect(await heads.next() == .header(block.header))
            heads.cancel()
        }
    }

    @Test func finalizedHeadsSendTheFinalizedHeaderAtOnceThenEachFinalized() async throws {
        var world = try APIWorld()
        for name in ["chain_subscribeFinalizedHeads", "chain_subscribeFinalisedHeads"] {
            var heads = try world.subscribe(name)
            let finalizedHash = try await world.call("chain_getFinalizedHead")
            let first = await heads.next()
            #expect(first == (try await world.call("chain_getHeader", [finalizedHash])))
            let unfinalized = try await world.produceBlock(finalize: false)
            let finalized = try await world.produceBlock(finalize: true)
            #expect(await heads.next() == .header(finalized.header))
            #expect(unfinalized.header.number + 1 == finalized.header.number)
            heads.cancel()
        }
    }

    @Test func allHeadsSendEveryImportedHeaderAndNothingAtFirst() async throws {
        var world = try APIWorld()
        var heads = try world.subscribe("chain_subscribeAllHeads")
        #expect(await heads.nextMessage()?["result"] == "sub")
        let first = try await world.produceBlock(finalize: false)
        let second = try await world.produceBlock(finalize: false)
        let notification = await heads.nextMessage()
        #expect(notification?["method"] == "chain_allHead")
        #expect(notification?["params"]?["result"] == .header(first.header))
        #expect(await heads.next() == .header(second.header))
        heads.cancel()
    }

    @Test func storageSendsEveryKeyAtOnceThenOnlyChangedKeys() async throws {
        var world = try APIWorld()
        let alice = try DevKey.alice
        let bob = try DevKey.bob
        let aliceKey = JSONValue.hex(APIWorld.accountKey(alice.account))
        let absent: JSONValue = "0x0123"
        var storage = try world.subscribe("state_subscribeStorage", [[aliceKey, absent]])
        let first = await storage.nextMessage()
        #expect(first?["result"] == "sub")
        let initial = await storage.nextMessage()
        #expect(initial?["method"] == "state_storage")
        let genesisValue = try await world.call("state_getStorage", [aliceKey])
        #expect(
            initial?["params"]?["result"]
                == [
                    "block": .string(world.genesisHash.description),
                    "changes": [[aliceKey, genesisValue], [absent, .null]],
                ]
        )

        let transfer = try await world.produceBlock([
            try world.sign(APIWorld.transfer(to: bob, planck: 1_000_000_000_000), by: alice, nonce: 0)
        ])
        let afterTransfer = try await world.call("state_getStorage", [aliceKey])
        #expect(
            await storage.next() == [
                "block": .string(transfer.hash.description), "changes": [[aliceKey, afterTransfer]],
            ]
        )

        try await world.produceBlock([])  // touches neither key: no notification
        let second = try await world.produceBlock([
            try world.sign(APIWorld.transfer(to: bob, planck: 1_000_000_000_000), by: alice, nonce: 1)
        ])
        let afterSecond = try await world.call("state_getStorage", [aliceKey])
        #expect(
            await storage.next() == ["block": .string(second.hash.description), "changes": [[aliceKey, afterSecond]]]
        )
        storage.cancel()
    }

    @Test func storageWithoutKeysSendsEveryChangeOfEachBlock() async throws {
        var world = try APIWorld()
        var storage = try world.subscribe("state_subscribeStorage")
        #expect(await storage.nextMessage()?["result"] == "sub")
        let block = try await world.produceBlock([])
        let changes = block.storageChanges.map { change -> JSONValue in
            [.hex(change.key), change.value.map { JSONValue.hex($0) } ?? .null]
        }
        #expect(!changes.isEmpty)
        #expect(await storage.next() == ["block": .string(block.hash.description), "changes": .array(changes)])
        storage.cancel()
        let wrong = try world.subscribe("state_subscribeStorage", [["nothex"]])
        #expect(await wrong.outcome.value?.code == RPCError.Code.invalidParams)
    }

    @Test func runtimeVersionIsSentAtOnceAndTheSubscriptionStaysOpenUntilCancelled() async throws {
        let world = try APIWorld()
        for name in ["state_subscribeRuntimeVersion", "chain_subscribeRuntimeVersion"] {
            var versions = try world.subscribe(name)
            let first = await versions.nextMessage()
            #expect(first?["result"] == "sub")
            let notification = await versions.nextMessage()
            #expect(notification?["method"] == "state_runtimeVersion")
            #expect(notification?["params"]?["result"] == .runtimeVersion(Runtime.version))
            versions.cancel()
            #expect(await versions.outcome.value == nil)
        }
    }

    @Test func everyMethodAndAliasOfTheReferenceIsRegistered() throws {
        let world = try APIWorld()
        // substrate-rpc.md §2.2 and §2.3, plus the extra methods of the node brief.
        let expected = [
            "system_chain", "system_name", "system_version", "system_properties", "system_health", "system_chainType",
            "system_accountNextIndex", "account_nextIndex", "chain_getBlockHash", "chain_getHead", "chain_getHeader",
            "chain_getBlock", "chain_getFinalizedHead", "chain_getFinalisedHead", "state_getRuntimeVersion",
            "chain_getRuntimeVersion", "state_getMetadata", "state_getStorage", "state_getStorageAt",
            "state_getStorageHash",
            "state_getStorageSize", "state_getKeysPaged", "state_getKeysPagedAt", "state_queryStorageAt", "state_call",
            "state_callAt", "state_getReadProof", "state_subscribeStorage", "state_unsubscribeStorage",
            "state_subscribeRuntimeVersion", "state_unsubscribeRuntimeVersion", "chain_subscribeRuntimeVersion",
            "chain_unsubscribeRuntimeVersion", "chain_subscribeNewHeads", "chain_subscribeNewHead", "subscribe_newHead",
            "chain_unsubscribeNewHeads", "chain_unsubscribeNewHead", "unsubscribe_newHead",
            "chain_subscribeFinalizedHeads",
            "chain_subscribeFinalisedHeads", "chain_unsubscribeFinalizedHeads", "chain_unsubscribeFinalisedHeads",
            "chain_subscribeAllHeads", "chain_unsubscribeAllHeads", "author_submitExtrinsic",
            "author_submitAndWatchExtrinsic",
            "author_unwatchExtrinsic", "author_pendingExtrinsics", "payment_queryInfo", "payment_queryFeeDetails",
            "state_queryStorage", "system_syncState", "state_getStorageHashAt", "state_getStorageSizeAt",
        ]
        let names = Set(world.methods.names)
        #expect(expected.filter { !names.contains($0) } == [])
    }
}
