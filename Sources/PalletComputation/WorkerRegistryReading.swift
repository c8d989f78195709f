public import PhalaPrimitives
public import RuntimeSupport

/// The capability to read what the worker registry knows about a worker, for `bind`, `startComputing`
/// and the operator's `unbind` (Phala reads `registry::Workers` directly); the runtime backs it with
/// Registry's storage.
public protocol WorkerRegistryReading: Sendable {
    /// The registered worker with this public key.
    /// - Parameters:
    ///   - pubkey: the worker's identity key.
    ///   - state: the block's state.
    /// - Returns: the worker's operator, benchmark score and confidence level; nil when not registered.
    /// - Throws: `DispatchError` when the state cannot be read.
    func worker(_ pubkey: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) -> RegisteredWorker?

    /// Whether the worker first registered in a block after the one the gatekeepers launched in
    /// (Phala's `is_worker_registered_after_gk_launched`: false before the launch).
    /// - Parameters:
    ///   - pubkey: the worker's identity key.
    ///   - state: the block's state.
    /// - Returns: `WorkerAddedAt > GatekeeperLaunchedAt.block`.
    /// - Throws: `DispatchError` when the state cannot be read.
    func isRegisteredAfterGatekeeperLaunch(_ pubkey: FixedBytes<32>, in state: inout Overlay) throws(DispatchError)
        -> Bool
}

/// The registry's facts about a worker that computing needs.
public struct RegisteredWorker: Sendable, Hashable {
    /// The account that operates the worker, which may unbind it.
    public var `operator`: AccountId32?
    /// The benchmark score P, once the worker reported it.
    public var initialScore: UInt32?
    /// The attestation's confidence level (1–5; 128 for software TEE).
    public var confidenceLevel: UInt8

    /// Sets every field.
    /// - Parameters:
    ///   - operator: the operator account.
    ///   - initialScore: the benchmark score.
    ///   - confidenceLevel: the confidence level.
    public init(operator: AccountId32?, initialScore: UInt32?, confidenceLevel: UInt8) {
        self.operator = `operator`
        self.initialScore = initialScore
        self.confidenceLevel = confidenceLevel
    }
}
