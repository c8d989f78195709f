public import PhalaPrimitives

/// What `seal0.call_chain_extension` hands back to the contract (pink-abi.md §5.1).
public struct ChainExtensionResult: Sendable, Hashable {
    /// The i32 status: 0 for plain results; for `handle_status` functions 0 = Ok, otherwise the error code.
    public var status: UInt32
    /// The SCALE-encoded return value, written through the output-buffer convention.
    public var output: [UInt8]

    /// Creates a result with a status and output bytes.
    public init(status: UInt32 = 0, output: [UInt8]) {
        self.status = status
        self.output = output
    }
}

/// The part of a running contract frame the chain extension may see and change.
///
/// Implemented by the executor for the frame that made the call: events deposited here belong to
/// that frame and are rolled back with it.
public protocol ExtensionFrame: AnyObject {
    /// Query, estimating or transaction: selects the query or transaction behaviour of each function.
    var mode: ExecutionMode { get }
    /// The executing contract (under `delegate_call`, the delegating contract).
    var contract: AccountId32 { get }
    /// The immediate caller of this frame.
    var caller: AccountId32 { get }
    /// The account's total and free balance in the cluster.
    func balance(of account: AccountId32) -> (total: Balance, free: Balance)
    /// Whether ink! code with this hash is stored in the cluster.
    func codeExists(_ codeHash: H256) -> Bool
    /// Records a contract event from this frame, as `seal0.deposit_event` would.
    func depositEvent(topics: [H256], data: [UInt8])
}

/// A chain extension: the single host function through which pink's own features are reached.
///
/// The executor splits nothing: it passes the full 32-bit id and the raw input, and writes back the
/// result. The extension decides about unknown ids and bad input.
public protocol ChainExtension: Sendable {
    /// Runs one extension function for the contract in `frame`.
    /// - Parameters:
    ///   - id: the 32-bit id the contract passed (extension id in the upper 16 bits, function id below).
    ///   - input: the SCALE-encoded argument tuple.
    ///   - frame: the calling frame.
    /// - Returns: the status and the SCALE-encoded output.
    /// - Throws: `ExecutionFailure`, which ends the whole execution (pink-abi.md §5.1): unknown ids,
    ///   `DecodingFailed` for bad input, or a function's own failure.
    func call(id: UInt32, input: [UInt8], frame: any ExtensionFrame) throws(ExecutionFailure) -> ChainExtensionResult
}
