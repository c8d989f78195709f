import EnclaveAPI
import Logging
import PhalaClient
import PhalaCrypto
import PhalaPrimitives

/// The relay's work and the state it keeps across node reconnections: whether the enclave is
/// initialized, the pending registration, the submitted egress, the last progress line.
///
/// Owned by `ChainRelay.run()` alone; each reconnection calls `follow(_:)` again with a new client.
struct RelayLoop {
    let relay: ChainRelay
    /// The chain's genesis hash, set once the enclave accepted `initialize` in this process.
    var genesisHash: H256?
    /// The node's finalized block when the last registration was submitted.
    var registrationSubmittedAt: BlockNumber?
    /// Whether "registered" has been logged.
    var reportedRegistration = false
    /// Egress submissions awaiting acknowledgement.
    var egress = EgressLedger()
    /// When, and at which verified count, the last progress line was logged.
    var lastProgress: (instant: ContinuousClock.Instant, verified: UInt64)?
    /// Whether the enclave had reached the node's finalized head at the end of the last round.
    var wasCaughtUp = false

    init(relay: ChainRelay) {
        self.relay = relay
    }

    var configuration: ChainRelay.Configuration { relay.configuration }
    var enclave: EnclaveClient { relay.enclave }
    var logger: Logger { relay.logger }

    /// Works until the connection fails or the task is cancelled; enclave refusals and bad node
    /// replies are logged and retried after a growing delay.
    /// - Throws: `ClientError` when the connection is lost, `CancellationError` on cancellation.
    mutating func follow(_ client: Client) async throws {
        var backoff = configuration.retryDelay
        while true {
            try Task.checkCancellation()
            do {
                if genesisHash == nil { try await initialize(client) }
                let worked = try await step(client)
                backoff = configuration.retryDelay
                if !worked { try await Task.sleep(for: configuration.pollInterval) }
                continue
            } catch let error as EnclaveError {
                relay.progress.update { $0.enclaveErrors += 1 }
                logger.error("The enclave refused a request", metadata: ["error": "\(error)"])
            } catch let error as ClientError where Self.isRetryable(error) {
                logger.warning("A node request failed", metadata: ["error": "\(error)"])
            } catch let error as RelayError {
                logger.warning("The node's data is unusable", metadata: ["error": "\(error)"])
            }
            try await Task.sleep(for: backoff)
            backoff = min(backoff * 2, configuration.maxRetryDelay)
        }
    }

    /// Failures worth retrying on the same connection; a lost connection is left to the reconnect loop.
    static func isRetryable(_ error: ClientError) -> Bool {
        error.kind == .server || error.kind == .malformedResponse || error.kind == .timedOut
    }

    /// One round: headers, then block changes, then egress and registration.
    /// - Returns: whether headers or blocks were fed (so the next round should follow at once).
    mutating func step(_ client: Client) async throws -> Bool {
        let finalizedHash = try await client.finalizedHead()
        guard let finalized = try await client.header(hash: finalizedHash) else {
            throw RelayError.missingHeader(finalizedHash)
        }
        relay.progress.update { $0.nodeFinalizedNumber = finalized.number }
        var status = try await enclave.status()
        var worked = false
        if status.finalizedNumber < finalized.number {
            worked = try await syncHeaders(client, from: status.finalizedNumber + 1, to: finalized.number)
            status = try await enclave.status()
        }
        if status.dispatchedNumber < status.finalizedNumber {
            try await dispatchBlocks(client, after: status.dispatchedNumber, upTo: status.finalizedNumber)
            worked = true
            status = try await enclave.status()
        }
        try await relayEgress(client, acknowledgedAt: finalizedHash, nodeFinalized: finalized.number)
        try await registerIfNeeded(client, status: status, nodeFinalized: finalized.number)
        reportProgress(status, nodeFinalized: finalized.number)
        return worked
    }

    /// Initializes the enclave from the chain's genesis and records where it resumes.
    mutating func initialize(_ client: Client) async throws {
        let hash = try await client.genesisHash()
        guard let genesis = try await client.header(hash: hash) else { throw RelayError.missingHeader(hash) }
        let proof = try await client.readProof(keys: ChainStorageKeys.genesisKeys, at: hash)
        let operatorAccount = try AccountId32(bytes: relay.signer.publicKey)
        let response = try await enclave.initialize(
            InitRequest(genesis: genesis, genesisProof: proof, operator: operatorAccount)
        )
        genesisHash = hash
        lastProgress = (ContinuousClock.now, relay.progress.snapshot.blocksVerifiedSinceStart)
        relay.progress.update {
            $0.startBlock = response.finalizedNumber
            $0.resumedFromCheckpoint = response.resumedFromCheckpoint
        }
        logger.notice(
            "Worker initialized",
            metadata: [
                "worker.pubkey": "\(response.publicKey)",
                "worker.resumedFromCheckpoint": "\(response.resumedFromCheckpoint)",
                "block.number": "\(response.finalizedNumber)",
                "block.dispatched": "\(response.dispatchedNumber)",
                "chain.genesis": "\(hash)",
            ]
        )
        if let problem = response.checkpointProblem {
            logger.warning(
                "The sealed checkpoint could not be used; the enclave verifies the chain again from genesis",
                metadata: ["checkpoint.problem": "\(problem)"]
            )
        }
    }

    /// Logs "synced to #N (X blocks/s)" when blocks were verified, at most once per `progressInterval`
    /// and once more when a catch-up reaches the node's finalized head; updates the rate metric.
    mutating func reportProgress(_ status: EnclaveStatus, nodeFinalized: BlockNumber) {
        let now = ContinuousClock.now
        let verified = relay.progress.snapshot.blocksVerifiedSinceStart
        let caughtUp = status.finalizedNumber >= nodeFinalized
        defer { wasCaughtUp = caughtUp }
        guard let last = lastProgress else {
            lastProgress = (now, verified)
            return
        }
        let elapsed = last.instant.duration(to: now)
        guard elapsed >= configuration.progressInterval || (caughtUp && !wasCaughtUp) else { return }
        lastProgress = (now, verified)
        let (seconds, attoseconds) = elapsed.components
        let milliseconds = UInt64(max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
        let rate = (verified - last.verified) * 1_000_000 / milliseconds
        relay.progress.update { $0.blocksPerSecondThousandths = rate }
        guard verified > last.verified else { return }
        logger.info(
            "synced to #\(status.finalizedNumber) (\(MetricsText.decimal(thousandths: rate)) blocks/s)",
            metadata: ["block.number": "\(status.finalizedNumber)", "block.dispatched": "\(status.dispatchedNumber)"]
        )
    }
}
