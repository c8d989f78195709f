import Messaging
public import PhalaPrimitives
public import RuntimeSupport

extension Registry {
    /// Appends a registered worker to the gatekeepers and tells enclaves (phala-facts.md §2.1): the first
    /// gatekeeper gets `GatekeeperLaunch.firstGatekeeper` (it generates the master key), later ones
    /// `GatekeeperChange.registered` (the others hand them the master key).
    /// - Parameters:
    ///   - pubkey: the worker's identity key.
    ///   - state: the block's state.
    /// - Throws: `MasterKeyInRotation`, `WorkerNotFound`, `GatekeeperAlreadyRegistered`,
    ///   `MasterKeyUninitialized`, or a state read failure.
    func registerGatekeeper(_ pubkey: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) {
        try ensureNoRotation(in: &state)
        guard let worker = try Storage.workers.get(pubkey, in: &state) else {
            throw dispatchError(Error.workerNotFound)
        }
        var gatekeepers = try Storage.gatekeeper.value(in: &state)
        guard !gatekeepers.contains(pubkey) else { throw dispatchError(Error.gatekeeperAlreadyRegistered) }
        if !gatekeepers.isEmpty, try !Storage.gatekeeperMasterPubkey.exists(in: &state) {
            throw dispatchError(Error.masterKeyUninitialized)
        }
        gatekeepers.append(pubkey)
        Storage.gatekeeper.set(gatekeepers, in: &state)
        let identity = GatekeeperIdentity(pubkey: pubkey, ecdhPubkey: worker.ecdhPubkey)
        if gatekeepers.count == 1 {
            try publish(GatekeeperLaunch.firstGatekeeper(identity), to: .gatekeeperLaunch, in: &state)
        } else {
            try publish(GatekeeperChange.registered(identity), to: .gatekeeperChange, in: &state)
        }
        try deposit(.gatekeeperAdded(pubkey: pubkey), in: &state)
    }

    /// Removes a gatekeeper, never the last, and tells enclaves `GatekeeperChange.unregistered`: the
    /// removed gatekeeper goes silent (phala-facts.md §2.1, §2.3).
    /// - Parameters:
    ///   - pubkey: the gatekeeper's identity key.
    ///   - state: the block's state.
    /// - Throws: `MasterKeyInRotation`, `InvalidGatekeeper`, `CannotRemoveLastGatekeeper`, or a state
    ///   read failure.
    func unregisterGatekeeper(_ pubkey: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) {
        try ensureNoRotation(in: &state)
        var gatekeepers = try Storage.gatekeeper.value(in: &state)
        guard gatekeepers.contains(pubkey) else { throw dispatchError(Error.invalidGatekeeper) }
        guard gatekeepers.count > 1 else { throw dispatchError(Error.cannotRemoveLastGatekeeper) }
        gatekeepers.removeAll { $0 == pubkey }
        Storage.gatekeeper.set(gatekeepers, in: &state)
        try publish(GatekeeperChange.unregistered(pubkey: pubkey), to: .gatekeeperChange, in: &state)
        try deposit(.gatekeeperRemoved(pubkey: pubkey), in: &state)
    }

    /// Starts master key rotation `RotationCounter + 1`: locks gatekeeper changes until the gatekeepers
    /// report the new key, and sends every gatekeeper's identity in `GatekeeperLaunch.rotateMasterKey`
    /// (phala-facts.md §2.4).
    /// - Parameter state: the block's state.
    /// - Throws: `MasterKeyInRotation`, `WorkerNotFound` for a gatekeeper without a worker record (a
    ///   broken invariant), or a state read failure.
    func rotateMasterKey(in state: inout Overlay) throws(DispatchError) {
        try ensureNoRotation(in: &state)
        var identities: [GatekeeperIdentity] = []
        for pubkey in try Storage.gatekeeper.value(in: &state) {
            guard let worker = try Storage.workers.get(pubkey, in: &state) else {
                throw dispatchError(Error.workerNotFound)
            }
            identities.append(GatekeeperIdentity(pubkey: worker.pubkey, ecdhPubkey: worker.ecdhPubkey))
        }
        let rotationID = try Storage.rotationCounter.value(in: &state) + 1
        Storage.rotationCounter.set(rotationID, in: &state)
        Storage.masterKeyRotationLock.set(rotationID, in: &state)
        try publish(
            GatekeeperLaunch.rotateMasterKey(rotationID: rotationID, gatekeepers: identities),
            to: .gatekeeperLaunch,
            in: &state
        )
        try deposit(.masterKeyRotationStarted(rotationID: rotationID), in: &state)
    }

    /// Refuses with `MasterKeyInRotation` while `MasterKeyRotationLock` holds a rotation.
    private func ensureNoRotation(in state: inout Overlay) throws(DispatchError) {
        guard try Storage.masterKeyRotationLock.value(in: &state) == nil else {
            throw dispatchError(Error.masterKeyInRotation)
        }
    }
}
