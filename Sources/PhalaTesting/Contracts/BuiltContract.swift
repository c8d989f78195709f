public import Foundation

/// A test Phat contract compiled from Tests/Contracts: what an upload, an instantiation and a call need.
public struct BuiltContract: Sendable {
    /// The contract's directory name under Tests/Contracts, e.g. "flipper".
    public let name: String
    /// The Wasm module: the code to upload.
    public let wasm: [UInt8]
    /// BLAKE2b-256 of `wasm`: the code hash (pink-abi.md §6.1).
    public let codeHash: [UInt8]
    /// The `.contract` bundle (ink! 4 metadata JSON with `source.hash` and `source.wasm` filled in).
    public let bundle: [UInt8]
    /// Where that bundle was written, for tools that take a file.
    public let bundleURL: URL
    /// Constructor selectors by label, from the bundle's metadata (e.g. "default" → ed4b9d1b).
    public let constructors: [String: [UInt8]]
    /// Message selectors by label, from the bundle's metadata (e.g. "get" → 2f865bd9).
    public let messages: [String: [UInt8]]
}
