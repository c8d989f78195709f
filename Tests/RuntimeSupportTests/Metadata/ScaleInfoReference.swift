import Foundation
import PhalaTesting
import RuntimeSupport
import SCALE

/// Runs `Fixtures/metadata_reference.py` (scalecodec 1.2.12) for the metadata tests.
enum ScaleInfoReference {
    /// The fixture script, found next to this file's folder since the test target declares no resources.
    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/metadata_reference.py").path
    }

    /// The registry as scalecodec decodes it, in scale-info's serde JSON layout, keys sorted.
    static func registryJSON(_ registry: PortableRegistry) throws -> String {
        let output = try PythonReference.run(
            script: script,
            arguments: ["registry"],
            input: Data(Hex.string(registry.scaleEncoded()).utf8)
        )
        return try canonicalJSON(output)
    }

    /// What scalecodec finds in a metadata blob, for the given call, events and extrinsic.
    static func summary(metadata: [UInt8], call: [String: Any], events: [UInt8], extrinsic: [UInt8]) throws -> [String:
        Any]
    {
        let request: [String: Any] = [
            "metadata": Hex.string(metadata), "call": call, "events": Hex.string(events),
            "extrinsic": Hex.string(extrinsic),
        ]
        let input = try JSONSerialization.data(withJSONObject: request)
        let output = try PythonReference.run(script: script, arguments: ["metadata"], input: input)
        return try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] ?? [:]
    }

    /// `json` re-serialised with sorted keys, so two documents compare as strings.
    static func canonicalJSON(_ json: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
