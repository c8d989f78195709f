public import PhalaPrimitives
public import RuntimeSupport

// Reads for the stake pools and clients.
extension Computation {
    /// A session's computing record.
    /// - Parameters:
    ///   - session: the session account.
    ///   - state: the block's state.
    /// - Returns: the record; nil when the session was never bound.
    /// - Throws: `DispatchError` when the state cannot be read.
    public func sessionInfo(_ session: AccountId32, in state: inout Overlay) throws(DispatchError) -> SessionInfo? {
        try Storage.sessions.get(session, in: &state)
    }

    /// The stake a session computes or cools down with.
    /// - Parameters:
    ///   - session: the session account.
    ///   - state: the block's state.
    /// - Returns: the stake; nil when the session is Ready or unknown.
    /// - Throws: `DispatchError` when the state cannot be read.
    public func stake(of session: AccountId32, in state: inout Overlay) throws(DispatchError) -> Balance? {
        try Storage.stakes.get(session, in: &state)
    }

    /// The worker bound to a session.
    /// - Parameters:
    ///   - session: the session account.
    ///   - state: the block's state.
    /// - Returns: the worker's public key; nil when unbound.
    /// - Throws: `DispatchError` when the state cannot be read.
    public func worker(boundTo session: AccountId32, in state: inout Overlay) throws(DispatchError) -> FixedBytes<32>? {
        try Storage.sessionBindings.get(session, in: &state)
    }

    /// The session a worker is bound to.
    /// - Parameters:
    ///   - worker: the worker's public key.
    ///   - state: the block's state.
    /// - Returns: the session account; nil when unbound.
    /// - Throws: `DispatchError` when the state cannot be read.
    public func session(boundTo worker: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) -> AccountId32? {
        try Storage.workerBindings.get(worker, in: &state)
    }
}
