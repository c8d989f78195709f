public import RuntimeSupport

extension Registry {
    /// A broken rule of Registry's state, found by `checkInvariants(in:)`.
    public struct InvariantViolation: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, naming the worker or measurement.
        public let description: String
    }

    /// Checks the rules Registry's state must always follow (FRAME's `try_state`), for tests to run after
    /// every dispatch: each worker is stored under its own public key, every gatekeeper is a registered
    /// worker and appears once, the allow-list has no duplicates, and a rotation in progress is the latest
    /// one counted.
    /// - Parameter state: the state to check.
    /// - Throws: `InvariantViolation` for the first broken rule; `DispatchError` when the state cannot
    ///   be read.
    public func checkInvariants(in state: inout Overlay) throws -> Void {
        for (key, worker) in try Storage.workers.entries(in: &state) where worker.pubkey != key {
            throw InvariantViolation(description: "worker stored under \(key) records the public key \(worker.pubkey)")
        }
        let gatekeepers = try Storage.gatekeeper.value(in: &state)
        for (position, gatekeeper) in gatekeepers.enumerated() {
            guard try Storage.workers.contains(gatekeeper, in: &state) else {
                throw InvariantViolation(description: "gatekeeper \(gatekeeper) is not a registered worker")
            }
            if gatekeepers[..<position].contains(gatekeeper) {
                throw InvariantViolation(description: "gatekeeper \(gatekeeper) is listed twice")
            }
        }
        if let lock = try Storage.masterKeyRotationLock.value(in: &state),
            try lock != Storage.rotationCounter.value(in: &state)
        {
            throw InvariantViolation(description: "rotation \(lock) is locked but is not the latest rotation")
        }
        let allowList = try Storage.pruntimeAllowList.value(in: &state)
        if Set(allowList).count != allowList.count {
            throw InvariantViolation(description: "the pRuntime allow-list holds a measurement twice")
        }
    }
}
