public import RuntimeSupport

extension Computation {
    /// A broken rule of Computation's state, found by `checkInvariants(in:)`.
    public struct InvariantViolation: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, naming the session or worker.
        public let description: String
    }

    /// Checks the rules Computation's state must always follow, for tests to run after every dispatch:
    /// the two binding maps mirror each other, every bound session has a record, `OnlineWorkers` counts
    /// the computing records, and a stake is recorded exactly for computing and cooling-down sessions.
    /// - Parameter state: the state to check.
    /// - Throws: `InvariantViolation` for the first broken rule; `DispatchError` when the state cannot
    ///   be read.
    public func checkInvariants(in state: inout Overlay) throws -> Void {
        let sessionBindings = try Storage.sessionBindings.entries(in: &state)
        let workerBindings = try Storage.workerBindings.entries(in: &state)
        guard sessionBindings.count == workerBindings.count else {
            throw InvariantViolation(
                description: "\(sessionBindings.count) sessions are bound but \(workerBindings.count) workers"
            )
        }
        for (session, worker) in sessionBindings {
            guard try Storage.workerBindings.get(worker, in: &state) == session else {
                throw InvariantViolation(
                    description: "session \(session) is bound to \(worker), which is not bound back"
                )
            }
            guard try Storage.sessions.contains(session, in: &state) else {
                throw InvariantViolation(description: "bound session \(session) has no record")
            }
        }
        var computing: UInt32 = 0
        for (session, record) in try Storage.sessions.entries(in: &state) {
            if record.state.isComputing { computing += 1 }
            let staked = try Storage.stakes.contains(session, in: &state)
            if staked != (record.state.isComputing || record.state == .workerCoolingDown) {
                throw InvariantViolation(
                    description: "session \(session) is \(record.state.name) with stake: \(staked)"
                )
            }
        }
        let online = try Storage.onlineWorkers.value(in: &state)
        guard online == computing else {
            throw InvariantViolation(description: "OnlineWorkers is \(online) but \(computing) sessions compute")
        }
        for (session, _) in try Storage.stakes.entries(in: &state) {
            guard try Storage.sessions.contains(session, in: &state) else {
                throw InvariantViolation(description: "stake recorded for session \(session) without a record")
            }
        }
    }
}
