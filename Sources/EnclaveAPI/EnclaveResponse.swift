public import Messaging
public import PhalaPrimitives
public import SCALE

/// The enclave's answer to a request that succeeded. SCALE: the variant index, then its payload.
public enum EnclaveResponse: Sendable, Hashable {
    /// Index 0: answer to `initialize`.
    case initialized(InitResponse)
    /// Index 1: answer to `syncHeaders`: the new finalized block number.
    case synced(finalizedNumber: BlockNumber)
    /// Index 2: answer to `dispatchBlocks`.
    case dispatched(DispatchOutcome)
    /// Index 3: answer to `takeEgress`: every unacknowledged signed message, per sender in order.
    case egress([SignedMessage])
    /// Index 4: answer to `acknowledgeEgress`.
    case acknowledged
    /// Index 5: answer to `runtimeInfo`.
    case runtimeInfo(RuntimeInfo)
    /// Index 6: answer to `status`.
    case status(EnclaveStatus)
    /// Index 7: answer to `contractQuery`: the contract's reply, encrypted to the query's sender.
    case contractQueryAnswered(EncryptedContractResponse)
    /// Index 8: answer to `contractState`: the summary, or `nil` when no hosted cluster has the contract.
    case contractState(ContractStateSummary?)
}

/// What `initialize` reports: the worker's keys and where it resumes.
public struct InitResponse: Sendable, Hashable {
    /// The worker's sr25519 identity key.
    public var publicKey: FixedBytes<32>
    /// Its ECDH key.
    public var ecdhPublicKey: FixedBytes<32>
    /// The finalized block the enclave continues from (0 when fresh).
    public var finalizedNumber: BlockNumber
    /// The last block whose changes it has dispatched (0 when fresh).
    public var dispatchedNumber: BlockNumber
    /// Whether it restored a sealed checkpoint instead of starting at genesis.
    public var resumedFromCheckpoint: Bool
    /// Why a checkpoint on disk could not be used (so the enclave replays from genesis), if one could not.
    public var checkpointProblem: String?

    /// Creates the response.
    /// - Parameters:
    ///   - publicKey: the identity key.
    ///   - ecdhPublicKey: the ECDH key.
    ///   - finalizedNumber: the finalized tip.
    ///   - dispatchedNumber: the last dispatched block.
    ///   - resumedFromCheckpoint: whether a checkpoint was restored.
    ///   - checkpointProblem: why a checkpoint on disk was not used, if so.
    public init(
        publicKey: FixedBytes<32>,
        ecdhPublicKey: FixedBytes<32>,
        finalizedNumber: BlockNumber,
        dispatchedNumber: BlockNumber,
        resumedFromCheckpoint: Bool,
        checkpointProblem: String? = nil
    ) {
        self.publicKey = publicKey
        self.ecdhPublicKey = ecdhPublicKey
        self.finalizedNumber = finalizedNumber
        self.dispatchedNumber = dispatchedNumber
        self.resumedFromCheckpoint = resumedFromCheckpoint
        self.checkpointProblem = checkpointProblem
    }
}

/// What `dispatchBlocks` did.
public struct DispatchOutcome: Sendable, Hashable {
    /// The last block now dispatched.
    public var dispatchedNumber: BlockNumber
    /// How many chain messages the enclave's handlers took.
    public var messagesHandled: UInt32

    /// Creates the outcome.
    /// - Parameters:
    ///   - dispatchedNumber: the last dispatched block.
    ///   - messagesHandled: messages handled.
    public init(dispatchedNumber: BlockNumber, messagesHandled: UInt32) {
        self.dispatchedNumber = dispatchedNumber
        self.messagesHandled = messagesHandled
    }
}

/// What the host submits to register the worker.
public struct RuntimeInfo: Sendable, Hashable {
    /// The worker's sr25519 identity key.
    public var publicKey: FixedBytes<32>
    /// SCALE of `WorkerRegistrationInfoV2`, the first argument of `register_worker_v2`.
    public var registrationInfo: [UInt8]
    /// SCALE of the `AttestationReport` binding blake2_256(registrationInfo), the second argument
    /// (wrapped in `Some`).
    public var attestation: [UInt8]
    /// The worker build's measurement, as the chain's allow-list holds it.
    public var measurement: [UInt8]

    /// Creates the info.
    /// - Parameters:
    ///   - publicKey: the identity key.
    ///   - registrationInfo: the encoded registration info.
    ///   - attestation: the encoded attestation.
    ///   - measurement: the measurement.
    public init(publicKey: FixedBytes<32>, registrationInfo: [UInt8], attestation: [UInt8], measurement: [UInt8]) {
        self.publicKey = publicKey
        self.registrationInfo = registrationInfo
        self.attestation = attestation
        self.measurement = measurement
    }
}

/// A worker's role among the gatekeepers, as its enclave sees it.
public enum GatekeeperRole: UInt8, Sendable, Hashable, ScaleByteEnum {
    /// Not a gatekeeper.
    case none = 0
    /// Holds the master key but sends nothing (not yet, or no longer, on chain as a gatekeeper).
    case silent = 1
    /// An active gatekeeper: its messages are submitted.
    case active = 2
}

/// Where the enclave is: the worker's view of itself and of the chain.
public struct EnclaveStatus: Sendable, Hashable {
    /// Whether `initialize` has succeeded.
    public var initialized: Bool
    /// The worker's identity key, once `initialize` has unsealed or made it.
    public var publicKey: FixedBytes<32>?
    /// The newest finalized block it verified.
    public var finalizedNumber: BlockNumber
    /// The last block whose changes it dispatched.
    public var dispatchedNumber: BlockNumber
    /// The block of the last sealed checkpoint (0: none yet).
    public var checkpointNumber: BlockNumber
    /// Whether the chain registered this worker (seen in verified messages).
    public var registered: Bool
    /// The initial score the chain set from its benchmark.
    public var initialScore: UInt32?
    /// Its gatekeeper role.
    public var gatekeeperRole: GatekeeperRole
    /// The master public key the enclave holds, when it is a gatekeeper.
    public var masterPublicKey: FixedBytes<32>?
    /// The master public key on chain, as the enclave last saw it.
    public var chainMasterPublicKey: FixedBytes<32>?
    /// How many master keys (genesis key plus rotations) it holds.
    public var masterKeyCount: UInt32
    /// The worker's computing session and the gatekeeper's economics of it.
    public var computing: ComputingStatus

    /// Creates a status.
    /// - Parameters:
    ///   - initialized: whether initialized.
    ///   - publicKey: the identity key.
    ///   - finalizedNumber: the finalized tip.
    ///   - dispatchedNumber: the last dispatched block.
    ///   - checkpointNumber: the last checkpoint's block.
    ///   - registered: whether registered.
    ///   - initialScore: the initial score.
    ///   - gatekeeperRole: the gatekeeper role.
    ///   - masterPublicKey: the held master key.
    ///   - chainMasterPublicKey: the chain's master key.
    ///   - masterKeyCount: the number of master keys held.
    ///   - computing: the computing session; none by default.
    public init(
        initialized: Bool,
        publicKey: FixedBytes<32>?,
        finalizedNumber: BlockNumber,
        dispatchedNumber: BlockNumber,
        checkpointNumber: BlockNumber,
        registered: Bool,
        initialScore: UInt32?,
        gatekeeperRole: GatekeeperRole,
        masterPublicKey: FixedBytes<32>?,
        chainMasterPublicKey: FixedBytes<32>?,
        masterKeyCount: UInt32,
        computing: ComputingStatus = ComputingStatus()
    ) {
        self.initialized = initialized
        self.publicKey = publicKey
        self.finalizedNumber = finalizedNumber
        self.dispatchedNumber = dispatchedNumber
        self.checkpointNumber = checkpointNumber
        self.registered = registered
        self.initialScore = initialScore
        self.gatekeeperRole = gatekeeperRole
        self.masterPublicKey = masterPublicKey
        self.chainMasterPublicKey = chainMasterPublicKey
        self.masterKeyCount = masterKeyCount
        self.computing = computing
    }
}

extension EnclaveResponse: ScaleCodable {
    /// Appends the variant index and the payload.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .initialized(let response):
            encoder.encode(variantIndex: 0)
            encoder.encode(response)
        case .synced(let number):
            encoder.encode(variantIndex: 1)
            encoder.encode(number)
        case .dispatched(let outcome):
            encoder.encode(variantIndex: 2)
            encoder.encode(outcome)
        case .egress(let messages):
            encoder.encode(variantIndex: 3)
            encoder.encode(messages)
        case .acknowledged: encoder.encode(variantIndex: 4)
        case .runtimeInfo(let info):
            encoder.encode(variantIndex: 5)
            encoder.encode(info)
        case .status(let status):
            encoder.encode(variantIndex: 6)
            encoder.encode(status)
        case .contractQueryAnswered(let response):
            encoder.encode(variantIndex: 7)
            encoder.encode(response)
        case .contractState(let summary):
            encoder.encode(variantIndex: 8)
            encoder.encode(summary)
        }
    }

    /// Reads one response; an unknown variant is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .initialized(try decoder.decode())
        case 1: self = .synced(finalizedNumber: try decoder.decode())
        case 2: self = .dispatched(try decoder.decode())
        case 3: self = .egress(try decoder.decode())
        case 4: self = .acknowledged
        case 5: self = .runtimeInfo(try decoder.decode())
        case 6: self = .status(try decoder.decode())
        case 7: self = .contractQueryAnswered(try decoder.decode())
        case 8:
            let summary: ContractStateSummary? = try decoder.decode()
            self = .contractState(summary)
        default: throw decoder.unknownVariant(variant, of: EnclaveResponse.self)
        }
    }
}

extension InitResponse: ScaleCodable {
    /// Appends the fields in declaration order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: publicKey, ecdhPublicKey, finalizedNumber, dispatchedNumber, resumedFromCheckpoint)
        encoder.encode(checkpointProblem)
    }

    /// Reads the fields in declaration order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        publicKey = try decoder.decode()
        ecdhPublicKey = try decoder.decode()
        finalizedNumber = try decoder.decode()
        dispatchedNumber = try decoder.decode()
        resumedFromCheckpoint = try decoder.decode()
        checkpointProblem = try decoder.decode()
    }
}

extension DispatchOutcome: ScaleCodable {
    /// Appends `dispatched_number ‖ messages_handled`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: dispatchedNumber, messagesHandled)
    }

    /// Reads `dispatched_number ‖ messages_handled`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        dispatchedNumber = try decoder.decode()
        messagesHandled = try decoder.decode()
    }
}

extension RuntimeInfo: ScaleCodable {
    /// Appends the fields in declaration order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: publicKey, registrationInfo, attestation, measurement)
    }

    /// Reads the fields in declaration order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        publicKey = try decoder.decode()
        registrationInfo = try decoder.decode()
        attestation = try decoder.decode()
        measurement = try decoder.decode()
    }
}

extension EnclaveStatus: ScaleCodable {
    /// Appends the fields in declaration order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: initialized, publicKey, finalizedNumber, dispatchedNumber, checkpointNumber, registered)
        encoder.encode(tuple: initialScore, gatekeeperRole, masterPublicKey, chainMasterPublicKey, masterKeyCount)
        encoder.encode(computing)
    }

    /// Reads the fields in declaration order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        initialized = try decoder.decode()
        publicKey = try decoder.decode()
        finalizedNumber = try decoder.decode()
        dispatchedNumber = try decoder.decode()
        checkpointNumber = try decoder.decode()
        registered = try decoder.decode()
        initialScore = try decoder.decode()
        gatekeeperRole = try decoder.decode()
        masterPublicKey = try decoder.decode()
        chainMasterPublicKey = try decoder.decode()
        masterKeyCount = try decoder.decode()
        computing = try decoder.decode()
    }
}
