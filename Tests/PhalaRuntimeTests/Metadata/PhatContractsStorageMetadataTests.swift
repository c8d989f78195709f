import PalletPhatContracts
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing

/// Phat Contracts' stored values, events and errors as a client reads them: scalecodec 1.2.12
/// (substrate-interface 1.8.1's SCALE layer) decodes each item strictly through the metadata's value type.
@Suite struct PhatContractsStorageMetadataTests {
    @Test func phatContractsItemsAndEventsDecodeWithScalecodecThroughTheMetadata() throws {
        var world = try AddClusterTests.build()
        let worker = GatekeeperTests.first.pubkey
        let cluster = AddClusterTests.firstCluster
        try world.dispatch(AddClusterTests.addCluster([worker]), as: .root)
        try world.dispatch(InstantiateContractTests.instantiate(), as: .signed(AddClusterTests.owner))
        let contract = PhatContracts.contractId(
            deployer: AddClusterTests.owner,
            codeHash: InstantiateContractTests.code.codeHash,
            cluster: cluster,
            salt: [7]
        )
        let keys: [(String, [UInt8])] = [
            ("ClusterCounter", PhatContracts.Storage.clusterCounter.key),
            ("Clusters", PhatContracts.Storage.clusters.storageKey(for: cluster)),
            ("ClusterWorkers", PhatContracts.Storage.clusterWorkers.storageKey(for: cluster)),
            ("ClusterByWorkers", PhatContracts.Storage.clusterByWorkers.storageKey(for: worker)),
            ("Contracts", PhatContracts.Storage.contracts.storageKey(for: contract)),
            ("PinkSystemCode", PhatContracts.Storage.pinkSystemCode.key),
            ("PinkSystemCodeHash", PhatContracts.Storage.pinkSystemCodeHash.key),
        ]
        var values: [[String: String]] = []
        for (item, key) in keys {
            let bytes = try #require(try world.block.state.value(forKey: key), "\(item) is not stored")
            values.append(["pallet": PhatContracts.name, "item": item, "value": Hex.string(bytes)])
        }
        let events = try world.events().filter { if case .phatContracts = $0.event { true } else { false } }
        let summary = try RuntimeMetadataReference.summary([
            "metadata": Hex.string(world.runtime.encodedMetadata),
            "storage_key": ["pallet": "System", "item": "Number", "key": ""],
            "call": ["call_module": "System", "call_function": "remark", "call_args": ["remark": "0x"]],
            "events": Hex.string(events.scaleEncoded()),
            "extrinsic": Hex.string(
                UncheckedExtrinsic(
                    signature: nil,
                    call: RuntimeCall.phatContracts(.setPinkSystemCode(code: [1, 2])).scaleEncoded()
                ).scaleEncoded()
            ),
            "module_error": [Int(PalletIndex.phatContracts), Int(PhatContracts.Error.noPinkSystemCode.rawValue)],
            "storage_values": values,
        ])
        #expect(summary["module_error"] as? String == "NoPinkSystemCode")
        let decoded = try #require(summary["storage_values"] as? [String: Any])
        #expect(decoded["PhalaPhatContracts.ClusterCounter"] as? Int == 1)
        let info = try #require(decoded["PhalaPhatContracts.Clusters"] as? [String: Any])
        #expect(info["owner"] as? String == "0x" + Hex.string(AddClusterTests.owner.bytes))
        #expect(
            (info["permission"] as? [String: Any])?["OnlyOwner"] as? String == "0x"
                + Hex.string(AddClusterTests.owner.bytes)
        )
        #expect(
            info["gas_price"] as? Int == 1 && info["deposit_per_item"] as? Int == 2
                && info["deposit_per_byte"] as? Int == 3
        )
        #expect(decoded["PhalaPhatContracts.ClusterWorkers"] as? [String] == ["0x" + Hex.string(worker.bytes)])
        #expect(decoded["PhalaPhatContracts.ClusterByWorkers"] as? String == "0x" + Hex.string(cluster.raw.bytes))
        let record = try #require(decoded["PhalaPhatContracts.Contracts"] as? [String: Any])
        #expect(record["cluster"] as? String == "0x" + Hex.string(cluster.raw.bytes))
        #expect(decoded["PhalaPhatContracts.PinkSystemCode"] as? [Any] != nil)
        #expect(decoded["PhalaPhatContracts.PinkSystemCodeHash"] as? String != nil)
        let names = (summary["events"] as? [[String: Any]] ?? []).map {
            "\($0["module_id"] ?? "").\($0["event_id"] ?? "")"
        }
        #expect(names == ["PhalaPhatContracts.ClusterCreated", "PhalaPhatContracts.Instantiating"])
    }
}
