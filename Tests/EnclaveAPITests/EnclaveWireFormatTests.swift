import EnclaveAPI
import Messaging
import PhalaPrimitives
import SCALE
import Testing

/// Everything that crosses the enclave boundary round-trips through SCALE, and bytes that name no
/// request, response or error are refused rather than guessed at.
@Suite struct EnclaveWireFormatTests {
    static let key = FixedBytes<32>(repeating: 7)
    static let header = Header(parentHash: .zero, number: 0, stateRoot: .zero, extrinsicsRoot: .zero, digest: [])
    static let message = SignedMessage(
        message: Message(sender: .gatekeeper, destination: Topic("phala/gatekeeper/key"), payload: [1, 2]),
        sequence: 3,
        signature: Array(repeating: 9, count: 64)
    )

    static let requests: [EnclaveRequest] = [
        .initialize(InitRequest(genesis: header, genesisProof: [[1]], operator: nil)),
        .syncHeaders(HeaderBatch(headers: [header], justification: nil)),
        .dispatchBlocks([
            BlockChanges(blockHash: .zero, changes: [StorageChange(key: [1], value: nil)], proof: [[2]], offchainMessages: [message])
        ]),
        .takeEgress,
        .acknowledgeEgress([EgressAcknowledgement(origin: .worker(key), nextSequence: 4)]),
        .runtimeInfo,
        .status,
        .contractQuery(
            EncryptedContractQuery(ephemeralPublicKey: key, iv: FixedBytes(repeating: 1), ciphertext: [2, 3])
        ),
        .contractState(AccountId32(key)),
    ]

    static let responses: [EnclaveResponse] = [
        .initialized(InitResponse(publicKey: key, ecdhPublicKey: key, finalizedNumber: 5, dispatchedNumber: 4, resumedFromCheckpoint: true)),
        .initialized(
            InitResponse(
                publicKey: key, ecdhPublicKey: key, finalizedNumber: 0, dispatchedNumber: 0, resumedFromCheckpoint: false,
                checkpointProblem: "tampered"
            )
        ),
        .synced(finalizedNumber: 9),
        .dispatched(DispatchOutcome(dispatchedNumber: 9, messagesHandled: 2)),
        .egress([message]),
        .acknowledged,
        .runtimeInfo(RuntimeInfo(publicKey: key, registrationInfo: [1], attestation: [2], measurement: [3])),
        .status(
            EnclaveStatus(
                initialized: true, publicKey: key, finalizedNumber: 1, dispatchedNumber: 1, checkpointNumber: 0,
                registered: true, initialScore: 600, gatekeeperRole: .active, masterPublicKey: key,
                chainMasterPublicKey: nil, masterKeyCount: 1
            )
        ),
        .status(
            EnclaveStatus(
                initialized: true, publicKey: key, finalizedNumber: 30, dispatchedNumber: 30, checkpointNumber: 0,
                registered: true, initialScore: 600, gatekeeperRole: .none, masterPublicKey: nil,
                chainMasterPublicKey: key, masterKeyCount: 0,
                computing: ComputingStatus(
                    state: .paused, sessionID: 3, heartbeatsSent: 2, lastChallengeBlock: 21, v: U64F64(bits: 5),
                    pInstant: U64F64(600), unresponsive: true, owedHeartbeats: 1
                )
            )
        ),
        .contractQueryAnswered(EncryptedContractResponse(iv: FixedBytes(repeating: 4), ciphertext: [5])),
        .contractState(nil),
        .contractState(
            ContractStateSummary(
                contract: AccountId32(key), cluster: H256(key), codeHash: .zero, blockNumber: 7,
                storageCommitment: H256(FixedBytes(repeating: 9))
            )
        ),
    ]

    static let errors: [EnclaveError] = [
        .malformedRequest(reason: "x"), .notInitialized, .genesisMismatch(pinned: .zero, offered: .zero),
        .invalidGenesis(reason: "x"), .headerRejected(.badSeal, detail: "x"), .blockRejected(.storageMismatch, detail: "x"),
        .messageRejected(.replayed, detail: "x"), .sealingFailed(reason: "x"), .notReady(reason: "x"),
        .malformedReply(reason: "x"), .noContractCluster, .contractQueryRejected(.replayed, detail: "x"),
    ]

    @Test(arguments: requests) func everyRequestRoundTrips(_ request: EnclaveRequest) throws {
        #expect(try EnclaveRequest(scaleDecoding: request.scaleEncoded()) == request)
    }

    @Test(arguments: responses) func everyResponseRoundTripsAsAnOkReply(_ response: EnclaveResponse) throws {
        #expect(try EnclaveReply.decode(EnclaveReply.encode(.success(response))) == response)
    }

    @Test(arguments: errors) func everyErrorRoundTripsAsAnErrReply(_ error: EnclaveError) throws {
        #expect(throws: error) { try EnclaveReply.decode(EnclaveReply.encode(.failure(error))) }
    }

    @Test func unknownVariantsAndTrailingBytesAreRefused() throws {
        #expect(throws: ScaleDecodingError.self) { try EnclaveRequest(scaleDecoding: [8]) }
        #expect(throws: ScaleDecodingError.self) { try HeaderRejection(scaleDecoding: [6]) }
        #expect(throws: EnclaveError.self) { try EnclaveReply.decode([2]) }
        #expect(throws: EnclaveError.self) { try EnclaveReply.decode(EnclaveReply.encode(.success(.acknowledged)) + [0]) }
    }
}
