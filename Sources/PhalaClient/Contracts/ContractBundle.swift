public import PhalaPrimitives

/// A contract as `cargo contract build` packages it in a `.contract` file: the code, its hash, and the
/// metadata that says how to call it (pink-abi.md §6.1).
///
/// Reads ink! 4 bundles (`"version": "4"`) and ink! 3.x bundles (`"V3": {…}`); ink! 3 release
/// candidates (`metadataVersion` 0.1.0, 1-based type references) are refused.
public struct ContractBundle: Sendable {
    /// Which metadata generation the bundle uses, which decides how results are wrapped.
    public enum MetadataVersion: Sendable, Hashable {
        /// ink! 3.x: a message's output is its return value as is.
        case ink3
        /// ink! 4: a message's output is `Result<T, LangError>`, as the declared return type says.
        case ink4
    }

    /// The contract's name.
    public var name: String
    /// The contract's version, as its author wrote it.
    public var version: String
    /// The metadata generation.
    public var metadataVersion: MetadataVersion
    /// The code hash: BLAKE2b-256 of `wasm` as the bundle states it.
    public var codeHash: H256
    /// The WebAssembly module.
    public var wasm: [UInt8]
    /// The constructors, in declaration order.
    public var constructors: [ContractMessage]
    /// The messages, in declaration order.
    public var messages: [ContractMessage]
    /// The type registry the arguments and return types refer to.
    public var types: [UInt32: ContractType]

    /// Creates a bundle from its parts.
    public init(
        name: String,
        version: String,
        metadataVersion: MetadataVersion,
        codeHash: H256,
        wasm: [UInt8],
        constructors: [ContractMessage],
        messages: [ContractMessage],
        types: [UInt32: ContractType]
    ) {
        self.name = name
        self.version = version
        self.metadataVersion = metadataVersion
        self.codeHash = codeHash
        self.wasm = wasm
        self.constructors = constructors
        self.messages = messages
        self.types = types
    }

    /// The constructor labelled `label`.
    /// - Parameter label: e.g. `"new"`.
    /// - Returns: its description.
    /// - Throws: `ContractError.Kind.unknownMessage`, listing the constructors there are.
    public func constructor(_ label: String) throws(ContractError) -> ContractMessage {
        guard let found = constructors.first(where: { $0.label == label }) else {
            throw ContractError(
                .unknownMessage,
                "\(name) has no constructor `\(label)`; it has: \(constructors.map(\.signature).joined(separator: ", "))"
            )
        }
        return found
    }

    /// The message labelled `label`.
    /// - Parameter label: e.g. `"flip"`.
    /// - Returns: its description.
    /// - Throws: `ContractError.Kind.unknownMessage`, listing the messages there are.
    public func message(_ label: String) throws(ContractError) -> ContractMessage {
        guard let found = messages.first(where: { $0.label == label }) else {
            throw ContractError(
                .unknownMessage,
                "\(name) has no message `\(label)`; it has: \(messages.map(\.signature).joined(separator: ", "))"
            )
        }
        return found
    }

    /// A codec over this bundle's type registry.
    public var codec: ContractValueCodec { ContractValueCodec(types: types) }
}
