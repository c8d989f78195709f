import PhalaPrimitives

/// An initialized runtime: the worker's identity on one chain and everything it has verified.
struct Session: Sendable {
    /// This worker's identity, unsealed or made at the first `initialize`.
    let identity: WorkerIdentity
    /// The pinned genesis.
    let genesisHash: H256
    /// The operator named at the last `initialize`.
    var `operator`: AccountId32?
    /// The deterministic state.
    var state: EnclaveState
    /// Whether `state` came from a sealed checkpoint.
    let resumedFromCheckpoint: Bool
    /// Why a checkpoint on disk was not used, if one was not.
    let checkpointProblem: String?
}
