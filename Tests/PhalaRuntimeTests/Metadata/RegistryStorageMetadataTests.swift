import Messaging
import PalletRegistry
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing

/// Registry's stored values as a client reads them: scalecodec 1.2.12 (substrate-interface 1.8.1's
/// SCALE layer) decodes each item's bytes strictly through the metadata's value type.
@Suite struct RegistryStorageMetadataTests {
    /// A world with a registered, benchmarked gatekeeper, a launched master key and a rotation in progress.
    static func world() throws -> TestRuntime {
        var world = try GovernanceTests.worldWithWorker()
        let worker = WorkerRegistrationTests.info.pubkey
        try world.dispatch(.registry(.registerGatekeeper(gatekeeper: worker)), as: .root)
        try world.handle(
            RegistryMessagesTests.message(
                RegistryEvent.benchReport(startTime: 0, iterations: 10_000_000),
                from: .worker(worker),
                on: .registryEvent
            )
        )
        try world.handle(
            RegistryMessagesTests.message(
                RegistryEvent.masterPubkey(FixedBytes(repeating: 0x42)),
                from: .worker(worker),
                on: .registryEvent
            )
        )
        try world.dispatch(.registry(.rotateMasterKey), as: .root)
        return world
    }

    @Test func registryItemsDecodeWithScalecodecThroughTheMetadata() throws {
        var world = try Self.world()
        let worker = WorkerRegistrationTests.info.pubkey
        let keys: [(String, [UInt8])] = [
            ("Workers", Registry.Storage.workers.storageKey(for: worker)),
            ("WorkerAddedAt", Registry.Storage.workerAddedAt.storageKey(for: worker)),
            ("BenchmarkDuration", Registry.Storage.benchmarkDuration.key),
            ("Gatekeeper", Registry.Storage.gatekeeper.key),
            ("GatekeeperMasterPubkey", Registry.Storage.gatekeeperMasterPubkey.key),
            ("GatekeeperLaunchedAt", Registry.Storage.gatekeeperLaunchedAt.key),
            ("RotationCounter", Registry.Storage.rotationCounter.key),
            ("MasterKeyRotationLock", Registry.Storage.masterKeyRotationLock.key),
        ]
        var values: [[String: String]] = []
        for (item, key) in keys {
            let bytes = try #require(try world.block.state.value(forKey: key), "\(item) is not stored")
            values.append(["pallet": "PhalaRegistry", "item": item, "value": Hex.string(bytes)])
        }
        let summary = try RuntimeMetadataReference.summary([
            "metadata": Hex.string(world.runtime.encodedMetadata),
            "storage_key": ["pallet": "System", "item": "Number", "key": ""],
            "call": ["call_module": "System", "call_function": "remark", "call_args": ["remark": "0x"]],
            "events": Hex.string([EventRecord<RuntimeEvent>]().scaleEncoded()),
            "extrinsic": Hex.string(
                UncheckedExtrinsic(signature: nil, call: RuntimeCall.registry(.rotateMasterKey).scaleEncoded())
                    .scaleEncoded()
            ),
            "module_error": [Int(PalletIndex.registry), Int(Registry.Error.masterKeyInRotation.rawValue)],
            "storage_values": values,
        ])
        #expect(summary["module_error"] as? String == "MasterKeyInRotation")
        let decoded = try #require(summary["storage_values"] as? [String: Any])
        let hexKey = "0x" + Hex.string(worker.bytes)

        let info = try #require(decoded["PhalaRegistry.Workers"] as? [String: Any])
        #expect(info["pubkey"] as? String == hexKey)
        #expect(info["initial_score"] as? Int == 6_000)
        #expect(info["last_updated"] as? Int == 1_000)
        #expect(info["confidence_level"] as? Int == 128)
        #expect(info["attestation_provider"] as? String == "SoftwareTEE")
        #expect(decoded["PhalaRegistry.WorkerAddedAt"] as? Int == 1)
        #expect(decoded["PhalaRegistry.BenchmarkDuration"] as? Int == 1)
        #expect(decoded["PhalaRegistry.Gatekeeper"] as? [String] == [hexKey])
        #expect(
            decoded["PhalaRegistry.GatekeeperMasterPubkey"] as? String
                == "0x" + String(repeating: "42", count: 32)
        )
        #expect((decoded["PhalaRegistry.GatekeeperLaunchedAt"] as? [Int]) == [1, 1_000])
        #expect(decoded["PhalaRegistry.RotationCounter"] as? Int == 1)
        #expect(decoded["PhalaRegistry.MasterKeyRotationLock"] as? Int == 1)
    }
}
