import EnclaveAPI
import JSONRPC
import Messaging
import PhalaClient
import PhalaPrimitives
import SCALE
import Testing

@testable import WorkerHost

/// The relay's pure decisions: converting the node's storage changes, recognising refusals that mean
/// "already accepted", and not resubmitting egress on every poll.
@Suite struct RelayLoopTests {
    static let message = SignedMessage(
        message: Message(sender: .worker(FixedBytes(repeating: 0x11)), destination: Topic("t"), payload: []),
        sequence: 2,
        signature: [UInt8](repeating: 0x01, count: 64)
    )

    @Test func storageChangesEntryBecomesBlockChangesWithDecodedMessages() throws {
        let hash = H256(FixedBytes(repeating: 0x07))
        let json: JSONValue = [
            "blockHash": .string(hash.description),
            "mainStorageChanges": [["0x0102", "0x03"], ["0x04", .null]],
            "childStorageChanges": [],
            "proof": ["0xaa", "0xbbcc"],
            "offchainMessages": [.string(Hex.encode(Self.message.scaleEncoded()))],
        ]
        let changes = try RelayLoop.blockChanges(try BlockStorageChanges(json: json))
        #expect(changes.blockHash == hash)
        #expect(changes.changes == [StorageChange(key: [1, 2], value: [3]), StorageChange(key: [4], value: nil)])
        #expect(changes.proof == [[0xAA], [0xBB, 0xCC]])
        #expect(changes.offchainMessages == [Self.message])
    }

    @Test func undecodableOffchainMessageIsARelayError() throws {
        let entry = BlockStorageChanges(blockHash: .zero, changes: [], proof: [], offchainMessages: [[0x02]])
        #expect(throws: RelayError.self) { try RelayLoop.blockChanges(entry) }
    }

    @Test func staleAndAlreadyImportedRefusalsCountAsAccepted() {
        let stale = RPCError(code: 1010, message: "Invalid Transaction", data: "Transaction is outdated")
        let imported = RPCError(code: 1013, message: "Transaction Already Imported")
        let badProof = RPCError(code: 1010, message: "Invalid Transaction", data: "Invalid signing address")
        #expect(RelayLoop.isAlreadyAccepted(stale))
        #expect(RelayLoop.isAlreadyAccepted(imported))
        #expect(!RelayLoop.isAlreadyAccepted(badProof))
        #expect(!RelayLoop.isAlreadyAccepted(nil))
    }

    @Test func egressIsResubmittedOnlyAfterTheWindowAndForgottenOnceAcknowledged() {
        var ledger = EgressLedger()
        #expect(ledger.shouldSubmit(Self.message, at: 10, resubmitAfter: 30))
        ledger.recordSubmission(Self.message, at: 10)
        #expect(!ledger.shouldSubmit(Self.message, at: 39, resubmitAfter: 30))
        #expect(ledger.shouldSubmit(Self.message, at: 40, resubmitAfter: 30))
        ledger.acknowledge(Self.message.message.sender, nextSequence: 2)
        #expect(ledger.pendingCount == 1)
        ledger.acknowledge(Self.message.message.sender, nextSequence: 3)
        #expect(ledger.pendingCount == 0)
    }
}
