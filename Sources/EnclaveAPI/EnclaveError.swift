public import PhalaPrimitives
public import SCALE

/// Why the enclave refused a request. Every refusal leaves the enclave's state as it was.
/// SCALE: the variant index, then its fields.
public enum EnclaveError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Index 0: the request's bytes do not decode as an `EnclaveRequest`.
    case malformedRequest(reason: String)
    /// Index 1: the call needs `initialize` first.
    case notInitialized
    /// Index 2: the enclave is pinned (sealed) to another chain's genesis.
    case genesisMismatch(pinned: H256, offered: H256)
    /// Index 3: the genesis header or its authority proof is not acceptable.
    case invalidGenesis(reason: String)
    /// Index 4: a header batch failed light-client verification.
    case headerRejected(HeaderRejection, detail: String)
    /// Index 5: a block's changes failed verification or came out of order.
    case blockRejected(BlockRejection, detail: String)
    /// Index 6: an off-chain message failed its sender, sequence or signature check.
    case messageRejected(MessageRejection, detail: String)
    /// Index 7: sealed state could not be written or read back.
    case sealingFailed(reason: String)
    /// Index 8: the request is valid but the enclave cannot answer yet (e.g. attestation before the
    /// first verified block).
    case notReady(reason: String)
    /// Index 9 (host side only): the enclave's reply did not decode or answered another request.
    case malformedReply(reason: String)
    /// Index 10: the worker hosts no contract cluster, so it answers no contract query.
    case noContractCluster
    /// Index 11: a contract query could not be opened, was not signed by its origin, or was refused as
    /// expired, replayed or over capacity.
    case contractQueryRejected(ContractQueryRejection, detail: String)

    /// The refusal in words, with what to do.
    public var description: String {
        switch self {
        case .malformedRequest(let reason): "malformed enclave request: \(reason)"
        case .notInitialized: "the enclave is not initialized; send initialize first"
        case .genesisMismatch(let pinned, let offered):
            "the enclave's sealed data belongs to the chain with genesis \(pinned), not \(offered); use another data directory"
        case .invalidGenesis(let reason): "invalid genesis: \(reason)"
        case .headerRejected(let kind, let detail): "header batch rejected (\(kind)): \(detail)"
        case .blockRejected(let kind, let detail): "block rejected (\(kind)): \(detail)"
        case .messageRejected(let kind, let detail): "message rejected (\(kind)): \(detail)"
        case .sealingFailed(let reason): "sealed storage failed: \(reason)"
        case .notReady(let reason): "not ready: \(reason)"
        case .malformedReply(let reason): "malformed enclave reply: \(reason)"
        case .noContractCluster:
            "this worker hosts no contract cluster, so it answers no contract query: "
                + "send the query to a worker of the contract's cluster"
        case .contractQueryRejected(let kind, let detail): "contract query rejected (\(kind)): \(detail)"
        }
    }
}

/// Which light-client rule a header batch broke.
public enum HeaderRejection: UInt8, Sendable, Hashable, CaseIterable, ScaleByteEnum {
    /// A header's parent hash or number does not continue the chain.
    case wrongParent = 0
    /// A header lacks a valid Aura seal by its slot's author, or its slot does not advance.
    case badSeal = 1
    /// The batch's last header has no justification.
    case missingJustification = 2
    /// The justification does not verify: a forged or missing signature, too little weight, a wrong target.
    case badJustification = 3
    /// The justification was signed for another authority set, or by keys outside the current one.
    case wrongAuthoritySet = 4
    /// The batch is empty or its consensus logs are malformed or unsupported.
    case malformedBatch = 5
}

/// Which rule a block's changes broke.
public enum BlockRejection: UInt8, Sendable, Hashable, CaseIterable, ScaleByteEnum {
    /// The block is not the next one after the last dispatched block, or its header is not verified yet.
    case notNext = 0
    /// The claimed changes do not match the block's state root.
    case storageMismatch = 1
    /// The proof does not cover a watched key, or a proven value does not decode.
    case incompleteProof = 2
    /// The signed messages do not match the verified outbound messages.
    case ingressMismatch = 3
}

/// Which rule an off-chain message broke.
public enum MessageRejection: UInt8, Sendable, Hashable, CaseIterable, ScaleByteEnum {
    /// Its sequence skips ahead of the sender's next one.
    case outOfSequence = 0
    /// Its sequence was already used: a replay.
    case replayed = 1
    /// Its sender's key is not registered (no such worker, no master key yet, or an origin that cannot sign).
    case unknownSigner = 2
    /// The signature does not verify under the sender's key.
    case badSignature = 3
}

extension EnclaveError: ScaleCodable {
    /// Appends the variant index and its fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .malformedRequest(let reason):
            encoder.encode(variantIndex: 0)
            encoder.encode(reason)
        case .notInitialized: encoder.encode(variantIndex: 1)
        case .genesisMismatch(let pinned, let offered):
            encoder.encode(variantIndex: 2)
            encoder.encode(tuple: pinned, offered)
        case .invalidGenesis(let reason):
            encoder.encode(variantIndex: 3)
            encoder.encode(reason)
        case .headerRejected(let kind, let detail):
            encoder.encode(variantIndex: 4)
            encoder.encode(tuple: kind, detail)
        case .blockRejected(let kind, let detail):
            encoder.encode(variantIndex: 5)
            encoder.encode(tuple: kind, detail)
        case .messageRejected(let kind, let detail):
            encoder.encode(variantIndex: 6)
            encoder.encode(tuple: kind, detail)
        case .sealingFailed(let reason):
            encoder.encode(variantIndex: 7)
            encoder.encode(reason)
        case .notReady(let reason):
            encoder.encode(variantIndex: 8)
            encoder.encode(reason)
        case .malformedReply(let reason):
            encoder.encode(variantIndex: 9)
            encoder.encode(reason)
        case .noContractCluster: encoder.encode(variantIndex: 10)
        case .contractQueryRejected(let kind, let detail):
            encoder.encode(variantIndex: 11)
            encoder.encode(tuple: kind, detail)
        }
    }

    /// Reads one error; an unknown variant is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .malformedRequest(reason: try decoder.decode())
        case 1: self = .notInitialized
        case 2: self = .genesisMismatch(pinned: try decoder.decode(), offered: try decoder.decode())
        case 3: self = .invalidGenesis(reason: try decoder.decode())
        case 4: self = .headerRejected(try decoder.decode(), detail: try decoder.decode())
        case 5: self = .blockRejected(try decoder.decode(), detail: try decoder.decode())
        case 6: self = .messageRejected(try decoder.decode(), detail: try decoder.decode())
        case 7: self = .sealingFailed(reason: try decoder.decode())
        case 8: self = .notReady(reason: try decoder.decode())
        case 9: self = .malformedReply(reason: try decoder.decode())
        case 10: self = .noContractCluster
        case 11: self = .contractQueryRejected(try decoder.decode(), detail: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: EnclaveError.self)
        }
    }
}
