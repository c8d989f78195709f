import EnclaveAPI
import Messaging
import PalletPhatContracts
import PalletRegistry
import PhalaPrimitives
import SCALE

extension EnclaveState {
    /// Checks a block's accepted off-chain messages as a receiver must (phala-facts.md §5.4): each
    /// sender's sequence exactly next, a signature by the key the verified chain registered for it,
    /// and, for messages that reach enclaves, exactly the off-chain messages of the block's proven
    /// `OutboundMessages`, in order. Advances `ingressSequences`.
    /// - Parameters:
    ///   - signed: the block's `sync_offchain_message` payloads, in block order.
    ///   - outbound: the block's proven outbound messages.
    /// - Throws: `EnclaveError.messageRejected` (`.replayed`, `.outOfSequence`, `.unknownSigner`,
    ///   `.badSignature`) or `.blockRejected(.ingressMismatch)`.
    mutating func checkOffchainMessages(_ signed: [SignedMessage], outbound: [Message]) throws(EnclaveError) {
        var rotatedMasterKeys: [FixedBytes<32>] = []
        for message in signed {
            let origin = message.message.sender
            let expected = ingressSequences[origin] ?? 0
            do {
                try SequenceCheck.check(message, expected: expected)
            } catch .staleSequence {
                throw .messageRejected(.replayed, detail: "\(origin) sequence \(message.sequence) was already used; next is \(expected)")
            } catch {
                throw .messageRejected(.outOfSequence, detail: "\(origin) sequence \(message.sequence) skips ahead of \(expected)")
            }
            let keys = try signingKeys(of: origin, rotatedMasterKeys: rotatedMasterKeys)
            guard keys.contains(where: { (try? message.verifySignature(publicKey: $0.bytes)) != nil }) else {
                throw .messageRejected(.badSignature, detail: "the signature of \(origin) sequence \(message.sequence) does not verify")
            }
            ingressSequences[origin] = expected + 1
            if origin == .gatekeeper, message.message.destination == .gatekeeperRegistryEvent,
                case .rotatedMasterPubkey(_, let key)? = try? GatekeeperRegistryEvent(scaleDecoding: message.message.payload)
            {
                rotatedMasterKeys.append(key)
            }
            learnContractKeys(from: message.message)
        }
        let relayed = signed.map(\.message).filter { !$0.destination.isOnChainOnly }
        let proven = outbound.filter { $0.sender.isOffchain }
        guard relayed == proven else {
            throw .blockRejected(
                .ingressMismatch,
                detail: "\(relayed.count) relayed off-chain message(s) do not match the \(proven.count) in the proven outbound messages"
            )
        }
    }

    /// The keys that may sign for `origin`: a registered worker's own key, or the chain's master key
    /// (and a key it rotated to earlier in the same block).
    private func signingKeys(of origin: MessageOrigin, rotatedMasterKeys: [FixedBytes<32>]) throws(EnclaveError)
        -> [FixedBytes<32>]
    {
        switch origin {
        case .worker(let key):
            guard registeredWorkers.contains(key) else {
                throw .messageRejected(.unknownSigner, detail: "worker \(Hex.encode(key.bytes)) is not registered on chain")
            }
            return [key]
        case .gatekeeper:
            guard let chainMasterKey else {
                throw .messageRejected(.unknownSigner, detail: "no master public key is on chain yet")
            }
            return [chainMasterKey] + rotatedMasterKeys
        case .cluster(let id):
            guard let key = clusterPublicKeys[id] else {
                throw .messageRejected(.unknownSigner, detail: "no public key of cluster \(id) was announced")
            }
            return [key]
        case .contract(let id):
            guard let key = contractPublicKeys[id] else {
                throw .messageRejected(.unknownSigner, detail: "no public key of contract \(id) was announced")
            }
            return [key]
        default:
            throw .messageRejected(.unknownSigner, detail: "\(origin) has no signing key known to this enclave")
        }
    }

    /// Records cluster keys the gatekeeper announces and contract keys clusters announce, so later
    /// messages from those origins can be checked.
    private mutating func learnContractKeys(from message: Message) {
        switch (message.sender, message.destination) {
        case (.gatekeeper, .clusterRegistryEvent):
            if case .pubkeyAvailable(let cluster, let key)? = try? ClusterRegistryEvent(scaleDecoding: message.payload) {
                clusterPublicKeys[cluster] = key
            }
        case (.cluster, .contractRegistryEvent):
            if case .pubkeyAvailable(let contract, let key, _)? = try? ContractRegistryEvent(scaleDecoding: message.payload) {
                contractPublicKeys[contract] = key
            }
        default:
            break
        }
    }
}
