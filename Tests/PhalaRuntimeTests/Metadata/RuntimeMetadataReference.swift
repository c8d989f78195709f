import Foundation
import PhalaTesting

/// Runs `Fixtures/runtime_metadata_reference.py` (scalecodec 1.2.12) on the runtime's metadata.
enum RuntimeMetadataReference {
    /// The fixture script, found from this file's folder since the test target declares no resources.
    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/runtime_metadata_reference.py").path
    }

    /// What scalecodec finds in `request` (see the script's docstring for the keys).
    static func summary(_ request: [String: Any]) throws -> [String: Any] {
        let input = try JSONSerialization.data(withJSONObject: request)
        let output = try PythonReference.run(script: script, input: input)
        return try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] ?? [:]
    }
}
