import EnclaveAPI
import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing
import WorkerRuntime

/// What the host feeds the enclave is checked at the boundary: each forgery is refused with its typed
/// error and the enclave's status stays exactly as it was.
@Suite struct PRuntimeBoundaryTests {
    /// Expects `body` to fail with `expected` and the status to be unchanged.
    func expectRefusal(
        _ harness: EnclaveHarness,
        _ expected: (EnclaveError) -> Bool,
        _ body: () async throws -> Void
    ) async throws {
        let before = try await harness.client.status()
        do {
            try await body()
            Issue.record("the enclave accepted a forged input")
        } catch let error as EnclaveError {
            #expect(expected(error), "unexpected refusal: \(error)")
        }
        #expect(try await harness.client.status() == before)
    }

    @Test func initializeNeedsTheGenesisAuthoritiesProven() async throws {
        let harness = try EnclaveHarness.make()
        defer { harness.cleanUp() }
        var request = try harness.initRequest()
        request.genesisProof.removeLast()
        await #expect(throws: EnclaveError.self) { try await harness.client.initialize(request) }
        let response = try await harness.initialize()
        #expect(response.finalizedNumber == 0 && !response.resumedFromCheckpoint)
    }

    @Test func headersWithAWrongParentAreRefused() async throws {
        let harness = try EnclaveHarness.make()
        defer { harness.cleanUp() }
        try await harness.initialize()
        try await expectRefusal(harness, { if case .headerRejected(.wrongParent, _) = $0 { true } else { false } }) {
            _ = try await harness.client.syncHeaders(harness.batch(2...3))
        }
    }

    @Test func aMissingOrForgedJustificationIsRefused() async throws {
        let harness = try EnclaveHarness.make()
        defer { harness.cleanUp() }
        try await harness.initialize()
        try await expectRefusal(harness, { if case .headerRejected(.missingJustification, _) = $0 { true } else { false } }) {
            _ = try await harness.client.syncHeaders(HeaderBatch(headers: harness.chain.headers(1...2), justification: nil))
        }
        var forged = harness.chain.justification(of: harness.chain.header(2))
        forged.precommits[0].signature[5] ^= 0x01
        try await expectRefusal(harness, { if case .headerRejected(.badJustification, _) = $0 { true } else { false } }) {
            _ = try await harness.client.syncHeaders(HeaderBatch(headers: harness.chain.headers(1...2), justification: forged))
        }
    }

    @Test func aJustificationFromAnotherAuthoritySetIsRefused() async throws {
        let harness = try EnclaveHarness.make()
        defer { harness.cleanUp() }
        try await harness.initialize()
        let target = harness.chain.header(2)
        let setOne = DevChain.justification(of: target, signers: [harness.chain.grandpa], setID: 1)
        let bob = DevChain.justification(of: target, signers: [try KeyPair(uri: "//Bob", scheme: .ed25519)])
        for justification in [setOne, bob] {
            try await expectRefusal(harness, { if case .headerRejected(.wrongAuthoritySet, _) = $0 { true } else { false } }) {
                _ = try await harness.client.syncHeaders(
                    HeaderBatch(headers: harness.chain.headers(1...2), justification: justification)
                )
            }
        }
    }

    @Test func storageChangesThatDoNotMatchTheStateRootAreRefused() async throws {
        let harness = try EnclaveHarness.make()
        defer { harness.cleanUp() }
        try await harness.initialize()
        _ = try await harness.client.syncHeaders(harness.batch(1...2))
        var altered = try harness.changes(of: 1)
        altered.changes[0].value = (altered.changes[0].value ?? []) + [0x01]
        try await expectRefusal(harness, { if case .blockRejected(.storageMismatch, _) = $0 { true } else { false } }) {
            _ = try await harness.client.dispatchBlocks([altered])
        }
        var unproven = try harness.changes(of: 1)
        unproven.proof.removeLast()
        try await expectRefusal(harness, { if case .blockRejected(.incompleteProof, _) = $0 { true } else { false } }) {
            _ = try await harness.client.dispatchBlocks([unproven])
        }
        try await expectRefusal(harness, { if case .blockRejected(.notNext, _) = $0 { true } else { false } }) {
            _ = try await harness.client.dispatchBlocks([try harness.changes(of: 2)])
        }
        let outcome = try await harness.client.dispatchBlocks([try harness.changes(of: 1), try harness.changes(of: 2)])
        #expect(outcome.dispatchedNumber == 2)
    }

    @Test func bytesThatAreNoRequestAreRefusedAsMalformed() async throws {
        let harness = try EnclaveHarness.make()
        defer { harness.cleanUp() }
        let reply = await harness.client.enclave.call([0xFF, 0x00])
        #expect(throws: EnclaveError.self) { try EnclaveReply.decode(reply) }
        await #expect(throws: EnclaveError.notInitialized) { try await harness.client.takeEgress() }
    }
}
