import Foundation
import PhalaCrypto

extension ContractBuilder {
    /// The metadata with `source.hash` (0x-prefixed code hash) and `source.wasm` (0x-prefixed code) set
    /// (pink-abi.md §6.1), as sorted, pretty-printed JSON.
    /// - Throws: `ContractBuildError` when the metadata is not a JSON object with a `source` object.
    static func filledBundle(metadata: [UInt8], wasm: [UInt8], name: String) throws -> [UInt8] {
        guard var bundle = try? JSONSerialization.jsonObject(with: Data(metadata)) as? [String: Any],
            var source = bundle["source"] as? [String: Any]
        else {
            throw ContractBuildError(description: "\(name).json is not an ink! 4 bundle with a \"source\" object")
        }
        source["hash"] = "0x" + Hex.string(Hashing.blake2_256(wasm))
        source["wasm"] = "0x" + Hex.string(wasm)
        bundle["source"] = source
        do {
            let data = try JSONSerialization.data(
                withJSONObject: bundle, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            )
            return Array(data)
        } catch {
            throw ContractBuildError(description: "cannot write the bundle of \(name): \(error)")
        }
    }
}
