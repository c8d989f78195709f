import Messaging
import PalletComputation
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing
import Tokenomics

/// Computation's stored values and events as a client reads them: scalecodec 1.2.12 (substrate-interface
/// 1.8.1's SCALE layer) decodes each item strictly through the metadata's value type.
@Suite struct ComputationStorageMetadataTests {
    @Test func computationItemsAndEventsDecodeWithScalecodecThroughTheMetadata() throws {
        var world = try ComputationWorld.computing()
        let session = ComputationWorld.session
        let worker = ComputationWorld.worker
        try world.dispatch(.computation(.updateTokenomic(newParams: .khala)), as: .root)
        let keys: [(String, [UInt8])] = [
            ("TokenomicParameters", Computation.Storage.tokenomicParameters.key),
            ("ScheduledTokenomicUpdate", Computation.Storage.scheduledTokenomicUpdate.key),
            ("OnlineWorkers", Computation.Storage.onlineWorkers.key),
            ("Sessions", Computation.Storage.sessions.storageKey(for: session)),
            ("SessionBindings", Computation.Storage.sessionBindings.storageKey(for: session)),
            ("WorkerBindings", Computation.Storage.workerBindings.storageKey(for: worker)),
            ("CoolDownPeriod", Computation.Storage.coolDownPeriod.key),
            ("NextSessionId", Computation.Storage.nextSessionId.key),
            ("Stakes", Computation.Storage.stakes.storageKey(for: session)),
            ("ExpectedBlockTimeSec", Computation.Storage.expectedBlockTimeSec.key),
        ]
        var values: [[String: String]] = []
        for (item, key) in keys {
            let bytes = try #require(try world.block.state.value(forKey: key), "\(item) is not stored")
            values.append(["pallet": "PhalaComputation", "item": item, "value": Hex.string(bytes)])
        }
        let events = try world.events().filter { if case .computation = $0.event { true } else { false } }
        let summary = try RuntimeMetadataReference.summary([
            "metadata": Hex.string(world.runtime.encodedMetadata),
            "storage_key": ["pallet": "System", "item": "Number", "key": ""],
            "call": ["call_module": "System", "call_function": "remark", "call_args": ["remark": "0x"]],
            "events": Hex.string(events.scaleEncoded()),
            "extrinsic": Hex.string(
                UncheckedExtrinsic(signature: nil, call: RuntimeCall.computation(.forceHeartbeat).scaleEncoded())
                    .scaleEncoded()
            ),
            "module_error": [Int(PalletIndex.computation), Int(Computation.Error.workerReregisterNeeded.rawValue)],
            "storage_values": values,
        ])
        #expect(summary["module_error"] as? String == "WorkerReregisterNeeded")
        let decoded = try #require(summary["storage_values"] as? [String: Any])
        let info = try #require(decoded["PhalaComputation.Sessions"] as? [String: Any])
        let record = try #require(try world.session())
        #expect(info["state"] as? String == "WorkerIdle")
        #expect(info["v_updated_at"] as? Int == 1_000)
        #expect(info["cool_down_start"] as? Int == 0)
        let benchmark = try #require(info["benchmark"] as? [String: Any])
        #expect(benchmark["p_init"] as? Int == 600 && benchmark["working_start_time"] as? Int == 1_000)
        #expect((info["stats"] as? [String: Any])?["total_reward"] as? Int == 0)
        // u128 bits exceed JSON's exact integers; their presence shows they decoded, the Swift side pins them.
        #expect(info["ve"] != nil && info["v"] != nil && record.ve == record.v)
        let parameters = try #require(decoded["PhalaComputation.ScheduledTokenomicUpdate"] as? [String: Any])
        #expect(parameters["heartbeat_window"] as? Int == 20)
        #expect(parameters.keys.count == 14)
        #expect(decoded["PhalaComputation.OnlineWorkers"] as? Int == 1)
        #expect(decoded["PhalaComputation.SessionBindings"] as? String == "0x" + Hex.string(worker.bytes))
        #expect(decoded["PhalaComputation.CoolDownPeriod"] as? Int == 10)
        #expect(decoded["PhalaComputation.NextSessionId"] as? Int == 1)
        #expect(decoded["PhalaComputation.Stakes"] as? Int == Int(ComputationWorld.stake.planck))
        #expect(decoded["PhalaComputation.ExpectedBlockTimeSec"] as? Int == 12)
        let names = (summary["events"] as? [[String: Any]] ?? []).map {
            "\($0["module_id"] ?? "").\($0["event_id"] ?? "")"
        }
        #expect(names == ["PhalaComputation.SessionBound", "PhalaComputation.WorkerStarted"])
    }
}
