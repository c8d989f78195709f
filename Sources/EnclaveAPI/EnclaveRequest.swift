public import Messaging
public import PhalaPrimitives
public import SCALE

/// One call into the enclave. SCALE: the variant index, then its payload.
public enum EnclaveRequest: Sendable, Hashable {
    /// Index 0: start (or resume) the enclave on a chain; answered with `.initialized`.
    case initialize(InitRequest)
    /// Index 1: headers from the finalized tip on, the last one justified; answered with `.synced`.
    case syncHeaders(HeaderBatch)
    /// Index 2: the storage changes of synced blocks, in order; answered with `.dispatched`.
    case dispatchBlocks([BlockChanges])
    /// Index 3: the signed messages the enclave wants on chain; answered with `.egress`.
    case takeEgress
    /// Index 4: the chain's next expected sequence per sender, so the enclave drops what landed;
    /// answered with `.acknowledged`.
    case acknowledgeEgress([EgressAcknowledgement])
    /// Index 5: the registration info and a fresh attestation; answered with `.runtimeInfo`.
    case runtimeInfo
    /// Index 6: where the enclave is; answered with `.status`.
    case status
    /// Index 7: a client's encrypted, signed Phat Contract query, passed through unread; answered with
    /// `.contractQueryAnswered`.
    case contractQuery(EncryptedContractQuery)
    /// Index 8: what the enclave may say about a contract it hosts; answered with `.contractState`.
    case contractState(AccountId32)
}

/// What `initialize` needs: the chain to follow, proven from its genesis, and the operator.
public struct InitRequest: Sendable, Hashable {
    /// The genesis header (number 0) the enclave pins.
    public var genesis: Header
    /// Trie nodes proving `ChainStorageKeys.genesisKeys` against `genesis.stateRoot`
    /// (`state_getReadProof(genesisKeys, genesisHash)`).
    public var genesisProof: [[UInt8]]
    /// The account that operates the worker (phala-facts.md §1.2), if any.
    public var `operator`: AccountId32?

    /// Creates the request.
    /// - Parameters:
    ///   - genesis: the genesis header.
    ///   - genesisProof: the proof of the genesis authorities.
    ///   - operator: the operator account.
    public init(genesis: Header, genesisProof: [[UInt8]], operator: AccountId32?) {
        self.genesis = genesis
        self.genesisProof = genesisProof
        self.operator = `operator`
    }
}

/// Headers that extend the enclave's finalized tip, with the justification of the last one.
public struct HeaderBatch: Sendable, Hashable {
    /// The headers, oldest first, starting at the child of the enclave's finalized tip.
    public var headers: [Header]
    /// The GRANDPA justification of the last header.
    public var justification: GrandpaJustification?

    /// Creates the batch.
    /// - Parameters:
    ///   - headers: the headers.
    ///   - justification: the justification of the last one.
    public init(headers: [Header], justification: GrandpaJustification?) {
        self.headers = headers
        self.justification = justification
    }
}

/// One storage change: the key and its new value (`nil`: deleted).
public struct StorageChange: Sendable, Hashable {
    /// The storage key.
    public var key: [UInt8]
    /// The value after the block, or nil when the block deleted it.
    public var value: [UInt8]?

    /// Creates the change.
    /// - Parameters:
    ///   - key: the key.
    ///   - value: the new value or nil.
    public init(key: [UInt8], value: [UInt8]?) {
        self.key = key
        self.value = value
    }
}

/// One synced block's storage changes, their proof, and the signed messages it accepted.
public struct BlockChanges: Sendable, Hashable {
    /// The block, which must be the next one after the enclave's last dispatched block.
    public var blockHash: H256
    /// Every key the block changed (`pha_getStorageChanges`' `mainStorageChanges`).
    public var changes: [StorageChange]
    /// Trie nodes proving the changed keys and `ChainStorageKeys.watchedKeys` at the block.
    public var proof: [[UInt8]]
    /// The off-chain signed messages the block accepted (its `sync_offchain_message` calls), in order.
    public var offchainMessages: [SignedMessage]

    /// Creates the block's changes.
    /// - Parameters:
    ///   - blockHash: the block.
    ///   - changes: its storage changes.
    ///   - proof: the proof.
    ///   - offchainMessages: its accepted signed messages.
    public init(blockHash: H256, changes: [StorageChange], proof: [[UInt8]], offchainMessages: [SignedMessage]) {
        self.blockHash = blockHash
        self.changes = changes
        self.proof = proof
        self.offchainMessages = offchainMessages
    }
}

/// The chain's next expected sequence for one sender (`PhalaMq.OffchainIngress`).
public struct EgressAcknowledgement: Sendable, Hashable {
    /// The sender.
    public var origin: MessageOrigin
    /// The sequence the chain expects next; the enclave drops its messages below it.
    public var nextSequence: UInt64

    /// Creates the acknowledgement.
    /// - Parameters:
    ///   - origin: the sender.
    ///   - nextSequence: the chain's next expected sequence.
    public init(origin: MessageOrigin, nextSequence: UInt64) {
        self.origin = origin
        self.nextSequence = nextSequence
    }
}

extension EnclaveRequest: ScaleCodable {
    /// Appends the variant index and the payload.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .initialize(let request):
            encoder.encode(variantIndex: 0)
            encoder.encode(request)
        case .syncHeaders(let batch):
            encoder.encode(variantIndex: 1)
            encoder.encode(batch)
        case .dispatchBlocks(let blocks):
            encoder.encode(variantIndex: 2)
            encoder.encode(blocks)
        case .takeEgress: encoder.encode(variantIndex: 3)
        case .acknowledgeEgress(let acknowledgements):
            encoder.encode(variantIndex: 4)
            encoder.encode(acknowledgements)
        case .runtimeInfo: encoder.encode(variantIndex: 5)
        case .status: encoder.encode(variantIndex: 6)
        case .contractQuery(let query):
            encoder.encode(variantIndex: 7)
            encoder.encode(query)
        case .contractState(let contract):
            encoder.encode(variantIndex: 8)
            encoder.encode(contract)
        }
    }

    /// Reads one request; an unknown variant is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .initialize(try decoder.decode())
        case 1: self = .syncHeaders(try decoder.decode())
        case 2: self = .dispatchBlocks(try decoder.decode())
        case 3: self = .takeEgress
        case 4: self = .acknowledgeEgress(try decoder.decode())
        case 5: self = .runtimeInfo
        case 6: self = .status
        case 7: self = .contractQuery(try decoder.decode())
        case 8: self = .contractState(try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: EnclaveRequest.self)
        }
    }
}

extension InitRequest: ScaleCodable {
    /// Appends `genesis ‖ genesis_proof ‖ operator`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: genesis, genesisProof, `operator`)
    }

    /// Reads `genesis ‖ genesis_proof ‖ operator`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        genesis = try decoder.decode()
        genesisProof = try decoder.decode()
        `operator` = try decoder.decode()
    }
}

extension HeaderBatch: ScaleCodable {
    /// Appends `headers ‖ justification`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: headers, justification)
    }

    /// Reads `headers ‖ justification`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        headers = try decoder.decode()
        justification = try decoder.decode()
    }
}

extension StorageChange: ScaleCodable {
    /// Appends `key ‖ Option<value>`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: key, value)
    }

    /// Reads `key ‖ Option<value>`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        key = try decoder.decode()
        value = try decoder.decode()
    }
}

extension BlockChanges: ScaleCodable {
    /// Appends `block_hash ‖ changes ‖ proof ‖ offchain_messages`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: blockHash, changes, proof, offchainMessages)
    }

    /// Reads `block_hash ‖ changes ‖ proof ‖ offchain_messages`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        blockHash = try decoder.decode()
        changes = try decoder.decode()
        proof = try decoder.decode()
        offchainMessages = try decoder.decode()
    }
}

extension EgressAcknowledgement: ScaleCodable {
    /// Appends `origin ‖ next_sequence`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: origin, nextSequence)
    }

    /// Reads `origin ‖ next_sequence`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        origin = try decoder.decode()
        nextSequence = try decoder.decode()
    }
}
