import MerkleTrie
import PalletBalances
import PalletSystem
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing

/// The runtime's real metadata read back by scalecodec 1.2.12; the expected bytes are the vectors of
/// substrate-rpc.md §3 (System.Account of //Alice) and §7.4 (transfer_keep_alive call), checked there
/// against substrate-interface 1.8.1.
@Suite struct RuntimeMetadataTests {
    static let aliceAccountKey =
        "0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59f"
        + "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
    static let transferCall = "0x0103008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48e5c0"

    /// A block with one signed `transfer_keep_alive` of 5 PHA from //Alice to //Bob, and scalecodec's
    /// reading of the metadata, of that block's events and of the extrinsic.
    static func summary() throws -> (summary: [String: Any], world: TestRuntime) {
        var world = try TestRuntime.build()
        let transfer = RuntimeCall.balances(.transferKeepAlive(dest: .id(DevAccount.bob.id), value: .pha(5)))
        let extrinsic = world.sign(transfer, by: .alice, nonce: 0)
        try world.produceBlock([extrinsic])
        let events = try world.headState.value(forKey: System.Storage.events.prefix) ?? []
        let summary = try RuntimeMetadataReference.summary([
            "metadata": Hex.string(world.runtime.encodedMetadata),
            "storage_key": ["pallet": "System", "item": "Account", "key": Hex.string(DevAccount.alice.id.bytes)],
            "call": [
                "call_module": "Balances", "call_function": "transfer_keep_alive",
                "call_args": ["dest": DevAccount.bob.id.ss58, "value": 12345],
            ],
            "events": Hex.string(events),
            "extrinsic": Hex.string(extrinsic),
            "module_error": [Int(PalletIndex.balances), Int(Balances.Error.insufficientBalance.rawValue)],
        ])
        return (summary, world)
    }

    @Test func scalecodecReadsVersion14WithEveryPalletAtItsIndex() throws {
        let summary = try Self.summary().summary
        #expect(summary["version"] as? Int == 14)
        let pallets = (summary["pallets"] as? [[Any]] ?? []).map { "\($0[0])@\($0[1])" }
        #expect(
            pallets == [
                "System@0", "Balances@1", "Timestamp@2", "TransactionPayment@3", "Aura@4", "Grandpa@5", "Sudo@6",
                "Utility@7", "PhalaRegistry@8", "PhalaMq@9", "PhalaComputation@10", "PhalaStakePoolv2@11",
                "PhalaPhatContracts@12",
            ]
        )
    }

    @Test func systemAccountKeyFromTheMetadataIsTheReferenceKeyForAlice() throws {
        #expect(try Self.summary().summary["storage_key"] as? String == Self.aliceAccountKey)
        #expect("0x" + Hex.string(System.Storage.account.storageKey(for: DevAccount.alice.id)) == Self.aliceAccountKey)
    }

    @Test func transferKeepAliveComposesToTheReferenceCallBytes() throws {
        #expect(try Self.summary().summary["call"] as? String == Self.transferCall)
    }

    @Test func aTransfersEventsDecodeAsBalancesTransferFeePaidAndExtrinsicSuccess() throws {
        let events = try Self.summary().summary["events"] as? [[String: Any]] ?? []
        let transferEvents = events.filter { $0["extrinsic_idx"] as? Int == 1 }
        let names = transferEvents.map { "\($0["module_id"] ?? "").\($0["event_id"] ?? "")" }
        #expect(names.contains("Balances.Transfer"))
        #expect(names.contains("TransactionPayment.TransactionFeePaid"))
        #expect(names.last == "System.ExtrinsicSuccess")
        let transfer = transferEvents.first { $0["event_id"] as? String == "Transfer" }
        let attributes = transfer?["attributes"] as? [String: Any] ?? [:]
        #expect(attributes["from"] as? String == "0x" + Hex.string(DevAccount.alice.id.bytes))
        #expect(attributes["to"] as? String == "0x" + Hex.string(DevAccount.bob.id.bytes))
        #expect("\(attributes["amount"] ?? "")" == "\(Balance.pha(5).planck)")
    }

    @Test func theSignedExtrinsicDecodesAsTransferKeepAlive() throws {
        let extrinsic = try Self.summary().summary["extrinsic"] as? [String: Any] ?? [:]
        let call = extrinsic["call"] as? [String: Any] ?? [:]
        #expect(call["call_module"] as? String == "Balances")
        #expect(call["call_function"] as? String == "transfer_keep_alive")
        #expect(extrinsic["nonce"] as? Int == 0)
    }

    @Test func balancesInsufficientBalanceIsFoundByItsModuleErrorIndex() throws {
        #expect(try Self.summary().summary["module_error"] as? String == "InsufficientBalance")
    }

    @Test func constantsDecodeToTheConfiguredValuesWithSS58Prefix30() throws {
        let constants = try Self.summary().summary["constants"] as? [String: Any] ?? [:]
        #expect(constants["System.SS58Prefix"] as? Int == 30)
        #expect(constants["System.SS58Prefix"] as? Int == Int(ChainSpec.Properties().ss58Format))
        #expect(constants["System.BlockHashCount"] as? Int == 2400)
        #expect(
            "\(constants["Balances.ExistentialDeposit"] ?? "")"
                == "\(Balances.Configuration().existentialDeposit.planck)"
        )
        #expect(constants["TransactionPayment.OperationalFeeMultiplier"] as? Int == 5)
        #expect(constants["Timestamp.MinimumPeriod"] as? Int == 500)
        #expect(constants["Aura.SlotDuration"] as? Int == 1_000)
    }

    @Test func everyStorageDefaultDecodesExactlyAsItsType() throws {
        let defaults = try Self.summary().summary["storage_defaults"] as? [String: Any] ?? [:]
        #expect(defaults["System.Number"] as? Int == 0)
        #expect(defaults["System.Events"] as? [Any] != nil)
        #expect(defaults["Balances.TotalIssuance"] as? Int == 0)
        let account = defaults["System.Account"] as? [String: Any] ?? [:]
        #expect(account["nonce"] as? Int == 0)
        #expect(defaults["PhalaRegistry.SoftwareTEEEnabled"] as? Bool == false)
        #expect(defaults["PhalaRegistry.DcapEnabled"] as? Bool == false)
        #expect(defaults["PhalaRegistry.Gatekeeper"] as? [Any] != nil)
        #expect(defaults["PhalaMq.OffchainIngress"] as? Int == 0)
        #expect((defaults["PhalaMq.OutboundMessages"] as? [Any])?.isEmpty == true)
        #expect((defaults["PhalaMq.GenesisWorkers"] as? [Any])?.isEmpty == true)
        #expect(defaults["PhalaRegistry.RotationCounter"] as? Int == 0)
        #expect(defaults.keys.contains("PhalaRegistry.MasterKeyRotationLock"))
        #expect(defaults["PhalaRegistry.MasterKeyRotationLock"] as? Int == nil)
        #expect(defaults["PhalaComputation.HeartbeatPaused"] as? Bool == true)
        #expect(defaults["PhalaComputation.ExpectedBlockTimeSec"] as? Int == 12)
        // 21 before the registry and the message queue, plus their seven and three items with defaults, plus
        // computation's five (OnlineWorkers, HeartbeatPaused, CoolDownPeriod, NextSessionId, ExpectedBlockTimeSec),
        // plus the stake pools' five (PoolCount, CollectionIndex, WrappedIssuance, WrappedMinBalance, UnmintableDust),
        // plus Phat Contracts' four (ClusterCounter, ClusterContracts, ClusterWorkers, PinkSystemCode).
        #expect(defaults["PhalaStakePoolv2.CollectionIndex"] as? Int == 10_000)
        #expect(defaults["PhalaPhatContracts.ClusterCounter"] as? Int == 0)
        #expect((defaults["PhalaPhatContracts.ClusterWorkers"] as? [Any])?.isEmpty == true)
        #expect((defaults["PhalaPhatContracts.ClusterContracts"] as? [Any])?.isEmpty == true)
        #expect(defaults.count == 45, "\(defaults.keys.sorted())")
    }

    @Test func metadataRuntimeAPIReturnsTheMetadataAsOpaqueBytes() throws {
        let world = try TestRuntime.build()
        let opaque = try world.runtime.call("Metadata_metadata", arguments: [], state: world.headState)
        #expect(try [UInt8](scaleDecoding: opaque) == world.runtime.encodedMetadata)
        #expect(Array(world.runtime.encodedMetadata.prefix(5)) == [0x6d, 0x65, 0x74, 0x61, 0x0e])
    }
}
