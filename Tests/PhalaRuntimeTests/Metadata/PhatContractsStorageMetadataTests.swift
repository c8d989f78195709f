import Messaging
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
        let contract = ContractCallsTests.contract
        try world.dispatch(.phatContracts(.setPinkRuntimeVersion(version: .init(major: 1, minor: 2))), as: .root)
        let clusterKey = ClusterRegistryEvent.pubkeyAvailable(cluster: cluster, pubkey: FixedBytes(repeating: 0xC1))
        try world.handlePhatContracts(
            PhatContractsMessagesTests.message(clusterKey, from: .gatekeeper, on: .clusterRegistryEvent)
        )
        try world.handlePhatContracts(PhatContractsMessagesTests.contractKeyMessage(contract, deployer: .zero))
        try world.dispatch(
            ClusterMembershipTests.add(GatekeeperTests.second.pubkey),
            as: .signed(AddClusterTests.owner)
        )
        try world.dispatch(
            ClusterMembershipTests.remove(GatekeeperTests.second.pubkey),
            as: .signed(AddClusterTests.owner)
        )
        let keys: [(String, [UInt8])] = [
            ("ClusterCounter", PhatContracts.Storage.clusterCounter.key),
            ("Clusters", PhatContracts.Storage.clusters.storageKey(for: cluster)),
            ("ClusterContracts", PhatContracts.Storage.clusterContracts.storageKey(for: cluster)),
            ("ClusterWorkers", PhatContracts.Storage.clusterWorkers.storageKey(for: cluster)),
            ("ClusterByWorkers", PhatContracts.Storage.clusterByWorkers.storageKey(for: worker)),
            ("Contracts", PhatContracts.Storage.contracts.storageKey(for: contract)),
            ("PinkSystemCode", PhatContracts.Storage.pinkSystemCode.key),
            ("PinkSystemCodeHash", PhatContracts.Storage.pinkSystemCodeHash.key),
            ("PinkRuntimeVersion", PhatContracts.Storage.pinkRuntimeVersion.key),
        ]
        let registryKeys: [(String, [UInt8])] = [
            ("ClusterKeys", Registry.Storage.clusterKeys.storageKey(for: cluster)),
            ("ContractKeys", Registry.Storage.contractKeys.storageKey(for: contract)),
        ]
        var values: [[String: String]] = []
        for (pallet, items) in [(PhatContracts.name, keys), ("PhalaRegistry", registryKeys)] {
            for (item, key) in items {
                let bytes = try #require(try world.block.state.value(forKey: key), "\(item) is not stored")
                values.append(["pallet": pallet, "item": item, "value": Hex.string(bytes)])
            }
        }
        let calls: [PhatContracts.Call] = [
            .clusterUploadResource(
                clusterId: cluster,
                resourceType: .indeterministicInkCode,
                resourceData: [0xFF, 0x01]
            ),
            .pushContractMessage(contractId: contract, payload: [0xFE], deposit: Balance(planck: 4)),
            .clusterDestroy(cluster: cluster),
            .setPinkRuntimeVersion(version: .init(major: 1, minor: 2)),
            .addWorkerToCluster(workerPubkey: worker, clusterId: cluster),
            .removeWorkerFromCluster(workerPubkey: worker, clusterId: cluster),
        ]
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
            "module_error": [Int(PalletIndex.phatContracts), Int(PhatContracts.Error.workerIsBusy.rawValue)],
            "calls": calls.map { Hex.string(RuntimeCall.phatContracts($0).scaleEncoded()) },
            "storage_values": values,
        ])
        #expect(summary["module_error"] as? String == "WorkerIsBusy")
        let decodedCalls = summary["calls"] as? [[String: Any]] ?? []
        #expect(decodedCalls.map { $0["call_function"] as? String } == calls.map(\.name))
        let arguments = decodedCalls.map { call in
            (call["call_args"] as? [[String: Any]] ?? []).map { argument in
                let value = argument["value"] ?? ""
                let text = (value as? [Int]).map { "(\($0.map(String.init).joined(separator: ", ")))" } ?? "\(value)"
                return "\(argument["name"] ?? "")=\(text)"
            }
        }
        let clusterHex = "0x" + Hex.string(cluster.raw.bytes)
        let workerHex = "0x" + Hex.string(worker.bytes)
        #expect(
            arguments == [
                ["cluster_id=\(clusterHex)", "resource_type=IndeterministicInkCode", "resource_data=0xff01"],
                ["contract_id=0x\(Hex.string(contract.raw.bytes))", "payload=0xfe", "deposit=4"],
                ["cluster=\(clusterHex)"],
                ["version=(1, 2)"],
                ["worker_pubkey=\(workerHex)", "cluster_id=\(clusterHex)"],
                ["worker_pubkey=\(workerHex)", "cluster_id=\(clusterHex)"],
            ]
        )
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
        #expect(decoded["PhalaPhatContracts.PinkRuntimeVersion"] as? [Int] == [1, 2])
        let names = (summary["events"] as? [[String: Any]] ?? []).map {
            "\($0["module_id"] ?? "").\($0["event_id"] ?? "")"
        }
        #expect(
            names == [
                "PhalaPhatContracts.ClusterCreated", "PhalaPhatContracts.Instantiating",
                "PhalaPhatContracts.ClusterPubkeyAvailable", "PhalaPhatContracts.ContractPubkeyAvailable",
                "PhalaPhatContracts.Instantiated", "PhalaPhatContracts.WorkerAddedToCluster",
                "PhalaPhatContracts.WorkerRemovedFromCluster",
            ]
        )
        #expect(decoded["PhalaPhatContracts.ClusterContracts"] as? [String] == ["0x" + Hex.string(contract.raw.bytes)])
        #expect(
            decoded["PhalaRegistry.ClusterKeys"] as? String == "0x" + Hex.string([UInt8](repeating: 0xC1, count: 32))
        )
        #expect(
            decoded["PhalaRegistry.ContractKeys"] as? String
                == "0x" + Hex.string(PhatContractsMessagesTests.contractKey.bytes)
        )
    }
}
