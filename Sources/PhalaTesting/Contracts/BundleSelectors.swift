import Foundation

/// Selectors by label from a bundle's `spec.constructors` and `spec.messages`.
struct BundleSelectors {
    var constructors: [String: [UInt8]] = [:]
    var messages: [String: [UInt8]] = [:]

    /// - Throws: `ContractBuildError` when an entry has no label or its selector is not 4 hex bytes.
    init(bundle: [UInt8], name: String) throws {
        let root = try? JSONSerialization.jsonObject(with: Data(bundle)) as? [String: Any]
        guard let spec = root?["spec"] as? [String: Any] else {
            throw ContractBuildError(description: "the bundle of \(name) has no \"spec\" object")
        }
        constructors = try Self.selectors(spec["constructors"], name: name)
        messages = try Self.selectors(spec["messages"], name: name)
    }

    private static func selectors(_ entries: Any?, name: String) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for entry in entries as? [[String: Any]] ?? [] {
            guard let label = entry["label"] as? String, let text = entry["selector"] as? String,
                let selector = Hex.bytes(text), selector.count == 4
            else {
                throw ContractBuildError(description: "\(name).json has a constructor or message without a label and 4-byte selector")
            }
            result[label] = selector
        }
        return result
    }
}
