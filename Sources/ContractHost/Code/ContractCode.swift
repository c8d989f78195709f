public import PhalaPrimitives

/// Uploaded contract code that passed the checks of `CodeValidator`, ready to be stored and run.
///
/// The hash is the code's identity everywhere: `BLAKE2b-256` of the wasm bytes (pink-abi.md §6.4).
public struct ContractCode: Sendable, Hashable {
    /// The wasm module exactly as uploaded.
    public let wasm: [UInt8]
    /// `BLAKE2b-256(wasm)`, the code hash contracts and clients refer to.
    public let hash: H256
    /// Whether the code passed the deterministic checks (no floating point). Code that did not can
    /// never be instantiated; it only runs through `delegate_call` in a query (pink-abi.md §2).
    public let isDeterministic: Bool

    /// Wraps code that a validator accepted; `hash` is computed here.
    init(wasm: [UInt8], isDeterministic: Bool) {
        self.wasm = wasm
        self.hash = H256.blake2_256(of: wasm)
        self.isDeterministic = isDeterministic
    }
}
