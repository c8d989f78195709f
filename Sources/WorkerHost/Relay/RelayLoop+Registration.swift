import EnclaveAPI
import Logging
import PhalaClient
import PhalaCrypto
import PhalaPrimitives

extension RelayLoop {
    /// Submits `PhalaRegistry.register_worker_v2`, signed by the operator, once the enclave is
    /// initialized and until it sees itself registered (phala-facts.md §1.2). An enclave that cannot
    /// attest yet (`notReady`, e.g. one that waits for its first verified block) is asked again next
    /// round. A submission is repeated only when the enclave has dispatched `resubmitAfterBlocks` blocks
    /// past the node's finalized block at submission without seeing the registration, so a catch-up
    /// does not resubmit; a submission the node refuses is repeated next round.
    mutating func registerIfNeeded(_ client: Client, status: EnclaveStatus, nodeFinalized: BlockNumber) async throws {
        if status.registered {
            if !reportedRegistration {
                reportedRegistration = true
                let publicKey = status.publicKey.map { $0.description } ?? "unknown"
                logger.notice("Worker registered on chain", metadata: ["worker.pubkey": "\(publicKey)"])
            }
            return
        }
        guard status.initialized, let genesisHash else { return }
        if let since = registrationSubmittedAt, status.dispatchedNumber < since &+ configuration.resubmitAfterBlocks {
            return
        }
        let info: RuntimeInfo
        do { info = try await enclave.runtimeInfo() } catch {
            guard case .notReady = error else { throw error }
            logger.debug("The enclave cannot attest yet; registering later", metadata: ["error": "\(error)"])
            return
        }
        let version = try await client.runtimeVersion()
        let builder = ExtrinsicBuilder(
            genesisHash: genesisHash,
            specVersion: version.specVersion,
            transactionVersion: version.transactionVersion
        )
        let account = try AccountId32(bytes: relay.signer.publicKey)
        let nonce = try await client.accountNextIndex(of: account)
        let extrinsic = builder.signed(call: RegistryCall.registerWorkerV2(info), by: relay.signer, nonce: nonce)
        registrationSubmittedAt = nodeFinalized
        switch await Self.submit(extrinsic, to: client) {
        case .success(let transaction):
            relay.progress.update { $0.registrationsSubmitted += 1 }
            logger.notice(
                "Worker registration submitted",
                metadata: [
                    "worker.pubkey": "\(info.publicKey)", "extrinsic.hash": "\(transaction)",
                    "operator": "\(account.ss58)", "block.dispatched": "\(status.dispatchedNumber)",
                ]
            )
        case .failure(let error) where error.kind == .server:
            // Nothing is pooled, so the next round submits again rather than waiting for blocks that an
            // idle chain may never author (e.g. 1014 when another transaction of the operator took the nonce).
            registrationSubmittedAt = nil
            logger.error(
                "The node refused the worker registration; retrying later",
                metadata: ["error": "\(error)", "operator": "\(account.ss58)"]
            )
        case .failure(let error):
            throw error
        }
    }
}
