import EnclaveAPI
import LightClient
import PhalaPrimitives

extension PRuntime {
    /// The most verified-but-undispatched blocks the runtime holds; the host must dispatch before
    /// syncing further.
    static let maximumPendingBlocks = 20_000

    /// Verifies a header batch (phala-facts.md §7.2) and queues its blocks for dispatch.
    func syncHeaders(_ batch: HeaderBatch) throws(EnclaveError) -> BlockNumber {
        var current = try requireSession()
        guard current.state.pending.count + batch.headers.count <= Self.maximumPendingBlocks else {
            throw .notReady(reason: "\(current.state.pending.count) verified blocks wait for their changes; dispatch them first")
        }
        var chain = current.state.chain
        do {
            try chain.syncHeaders(batch.headers, justification: batch.justification)
        } catch {
            throw .headerRejected(Self.rejection(for: error), detail: error.description)
        }
        current.state.chain = chain
        current.state.pending += chain.recentBlocks
        session = current
        return chain.finalizedTip.number
    }

    /// Dispatches blocks in order; all or nothing. Seals a checkpoint when the last block crosses a
    /// multiple of `checkpointInterval`, before the new state is kept, so a failed write changes nothing.
    func dispatchBlocks(_ blocks: [BlockChanges]) throws(EnclaveError) -> DispatchOutcome {
        var current = try requireSession()
        let environment = dispatchEnvironment(for: current.identity)
        var handled: UInt32 = 0
        for block in blocks {
            handled += try current.state.dispatch(block, environment: environment)
        }
        let interval = configuration.checkpointInterval
        let reached = current.state.dispatched.number
        environment.clusterServices.latestBlock.update(number: reached, hash: current.state.dispatched.hash)
        if interval > 0, reached / interval > current.state.checkpointNumber / interval {
            current.state.checkpointNumber = reached
            let checkpoint = SealedCheckpoint(
                blockNumber: reached,
                identity: current.identity.publicKey,
                payload: current.state.checkpointPayload
            )
            try storage.write(checkpoint.sealed(with: storage.provider), to: SealedFile.checkpoint)
        }
        session = current
        return DispatchOutcome(dispatchedNumber: reached, messagesHandled: handled)
    }

    /// The executors and caches of this worker's clusters, made on first use.
    func clusterServices(for identity: WorkerIdentity) -> ClusterServices {
        if let clusterServicesValue { return clusterServicesValue }
        let created = ClusterServices(
            workerPublicKey: identity.publicKeyBytes, egress: configuration.httpEgress ?? NoHTTPEgress())
        clusterServicesValue = created
        return created
    }

    /// What block processing needs from the runtime.
    private func dispatchEnvironment(for identity: WorkerIdentity) -> DispatchEnvironment {
        let storage = storage
        return DispatchEnvironment(
            identity: identity,
            benchmark: benchmark,
            sealMasterKeys: { (keys: GatekeeperKeys) throws(EnclaveError) in
                try storage.write(keys.sealed(with: storage.provider, signedBy: identity), to: SealedFile.masterKey)
            },
            sealedMasterKeys: {
                guard let sealed = try? storage.read(SealedFile.masterKey) else { return nil }
                return try? GatekeeperKeys(unsealing: sealed, with: storage.provider, identity: identity)
            },
            clusterServices: clusterServices(for: identity)
        )
    }

    /// The boundary's category for a light-client refusal.
    static func rejection(for error: VerificationError) -> HeaderRejection {
        switch error {
        case .wrongParent, .wrongNumber: .wrongParent
        case .badSeal, .slotNotIncreasing: .badSeal
        case .missingJustification: .missingJustification
        case .wrongAuthoritySetID, .notAVoter: .wrongAuthoritySet
        case .justificationTargetMismatch, .badSignature, .repeatedEquivocation, .precommitNotDescendant,
            .insufficientWeight, .targetBelowGhost, .unusedAncestry:
            .badJustification
        case .invalidAuthoritySet, .invalidAuraAuthorities, .emptyBatch, .malformedConsensusLog, .unsupportedGrandpaLog,
            .unsupportedDelay, .authorityChangeNotLast, .unknownBlock, .storageProofMismatch, .invalidStorageProof:
            .malformedBatch
        }
    }
}
