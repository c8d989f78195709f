import EnclaveAPI
import JSONRPC
import Logging
import Messaging
import PhalaClient
import PhalaPrimitives

extension RelayLoop {
    /// Submits the enclave's egress messages as unsigned `sync_offchain_message` extrinsics, then tells
    /// the enclave which sequences the chain has accepted as of the finalized block `hash`
    /// (phala-facts.md §5.3). A message already handed to the node is submitted again only when
    /// `resubmitAfterBlocks` finalized blocks passed without the chain accepting it.
    mutating func relayEgress(_ client: Client, acknowledgedAt hash: H256, nodeFinalized: BlockNumber) async throws {
        let messages = try await enclave.takeEgress()
        guard !messages.isEmpty else { return }
        var origins: [MessageOrigin] = []
        for message in messages {
            if !origins.contains(message.message.sender) { origins.append(message.message.sender) }
            guard egress.shouldSubmit(message, at: nodeFinalized, resubmitAfter: configuration.resubmitAfterBlocks)
            else {
                continue
            }
            let extrinsic = ExtrinsicBuilder.unsigned(call: MessageQueueCall.syncOffchainMessage(message))
            switch await Self.submit(extrinsic, to: client) {
            case .success(let transaction):
                relay.progress.update { $0.egressSubmitted += 1 }
                logger.debug(
                    "Egress message submitted",
                    metadata: ["message.sequence": "\(message.sequence)", "extrinsic.hash": "\(transaction)"]
                )
            case .failure(let error) where error.kind == .server && Self.isAlreadyAccepted(error.rpcError):
                logger.debug(
                    "Egress message already on chain or pooled",
                    metadata: ["message.sequence": "\(message.sequence)"]
                )
            case .failure(let error) where error.kind == .server:
                logger.warning(
                    "The node refused an egress message",
                    metadata: ["message.sequence": "\(message.sequence)", "error": "\(error)"]
                )
            case .failure(let error):
                throw error
            }
            egress.recordSubmission(message, at: nodeFinalized)
        }
        var acknowledgements: [EgressAcknowledgement] = []
        for origin in origins {
            let stored = try await client.storage(OffchainIngress.key(for: origin), at: hash)
            let next: UInt64
            do { next = try OffchainIngress.nextSequence(from: stored) } catch {
                throw RelayError.malformed("PhalaMq.OffchainIngress", error)
            }
            acknowledgements.append(EgressAcknowledgement(origin: origin, nextSequence: next))
            egress.acknowledge(origin, nextSequence: next)
        }
        try await enclave.acknowledgeEgress(acknowledgements)
    }

    /// Submits `extrinsic`, returning the node's refusal rather than throwing it.
    static func submit(_ extrinsic: [UInt8], to client: Client) async -> Result<H256, ClientError> {
        do { return .success(try await client.submit(extrinsic)) } catch { return .failure(error) }
    }

    /// Whether a pool refusal means the message is already accepted: the chain's sequence has passed it
    /// (1010 "Invalid Transaction" with the stale reason, "Transaction is outdated") or the pool already
    /// holds it (1013).
    static func isAlreadyAccepted(_ error: RPCError?) -> Bool {
        guard let error else { return false }
        if error.code == RPCError.Code.alreadyImported { return true }
        guard error.code == RPCError.Code.invalidTransaction, let reason = error.data?.string?.lowercased() else {
            return false
        }
        return reason.contains("outdated") || reason.contains("stale")
    }
}
