public import PhalaPrimitives

/// The result of one top-level call or instantiation, with what it consumed and changed.
public struct ExecutionOutcome: Sendable {
    /// The frame's return value, or why it failed. A REVERT return is a success at this level whose
    /// state changes are nevertheless dropped.
    public var result: Result<ExecReturnValue, ExecutionFailure>
    /// For an instantiation that succeeded without REVERT, the new contract's address.
    public var instantiatedAddress: AccountId32?
    /// Gas used, in ref_time units: fuel × 8000 plus host-function weights.
    public var gasConsumed: UInt64
    /// What the contracts wrote with `debug_message`, including panic messages.
    public var debugMessage: String
    /// The state changes to apply; empty for a failure or REVERT, and never applied for a query.
    public var changes: StateChanges

    /// The returned data when the call succeeded without REVERT.
    public var successData: [UInt8]? {
        guard case .success(let value) = result, !value.didRevert else { return nil }
        return value.data
    }
}

extension ExecutionOutcome {
    /// The outcome of an execution that could not start, e.g. a query for a contract no cluster holds.
    /// - Parameter failure: why nothing ran.
    /// - Returns: a failed outcome that used no gas and changed nothing.
    public static func failed(_ failure: ExecutionFailure) -> ExecutionOutcome {
        ExecutionOutcome(
            result: .failure(failure), instantiatedAddress: nil, gasConsumed: 0, debugMessage: "", changes: StateChanges())
    }
}
