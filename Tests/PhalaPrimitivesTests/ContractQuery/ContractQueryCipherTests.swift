import PhalaCrypto
import SCALE
import Testing

@testable import PhalaPrimitives

/// Only the addressed worker can read a query, only its origin can have signed it, and only the
/// query's sender can read the answer; anything altered on the way is refused with a typed error.
@Suite struct ContractQueryCipherTests {
    static let worker = SignedContractQueryTests.keyPair(0x77)
    static let otherWorker = SignedContractQueryTests.keyPair(0x78)
    static let alice = SignedContractQueryTests.keyPair(0x01)
    static let payload: [UInt8] = Array("selector+secret-arguments".utf8)

    static func signed() -> SignedContractQuery {
        SignedContractQuery(
            contract: SignedContractQueryTests.contract,
            payload: payload,
            notAfterMillis: 1_000,
            signedBy: alice
        )
    }

    /// Whether `needle` occurs in `haystack` as a contiguous run.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<$0 + needle.count]) == needle }
    }

    @Test func theWorkerOpensWhatTheClientSealedAndTheClientOpensTheAnswer() throws {
        let signed = Self.signed()
        let (request, clientSession) = try ContractQueryCipher.seal(signed, to: Self.worker.publicKey)
        let (opened, workerSession) = try ContractQueryCipher.open(request, with: Self.worker)
        #expect(opened == signed)
        let answer = workerSession.sealResponse([1, 2, 3])
        #expect(try clientSession.openResponse(answer) == [1, 2, 3])
    }

    @Test func neitherTheQueryNorTheAnswerAppearsInTheEncryptedBytes() throws {
        let signed = Self.signed()
        let (request, _) = try ContractQueryCipher.seal(signed, to: Self.worker.publicKey)
        let wire = request.scaleEncoded()
        #expect(!Self.contains(wire, Self.payload))
        #expect(!Self.contains(wire, signed.query.origin.bytes))
        #expect(!Self.contains(wire, signed.query.contract.bytes))
        let (_, session) = try ContractQueryCipher.open(request, with: Self.worker)
        #expect(!Self.contains(session.sealResponse(Self.payload).scaleEncoded(), Self.payload))
    }

    @Test func sealingTwiceUsesFreshKeysAndIVs() throws {
        let signed = Self.signed()
        let (first, firstSession) = try ContractQueryCipher.seal(signed, to: Self.worker.publicKey)
        let (second, _) = try ContractQueryCipher.seal(signed, to: Self.worker.publicKey)
        #expect(first.ephemeralPublicKey != second.ephemeralPublicKey)
        #expect(first.iv != second.iv)
        #expect(first.ciphertext != second.ciphertext)
        #expect(firstSession.sealResponse([1]).iv != firstSession.sealResponse([1]).iv)
    }

    @Test func aTamperedCiphertextIVOrEphemeralKeyIsRefused() throws {
        let (request, _) = try ContractQueryCipher.seal(Self.signed(), to: Self.worker.publicKey)
        var ciphertext = request
        ciphertext.ciphertext[3] ^= 0x01
        var tag = request
        tag.ciphertext[tag.ciphertext.count - 1] ^= 0x80
        var iv = request
        iv.iv = try FixedBytes(iv.iv.bytes.map { $0 ^ 0x01 })
        var ephemeral = request
        ephemeral.ephemeralPublicKey = try FixedBytes(Self.otherWorker.publicKey.bytes)
        var truncated = request
        truncated.ciphertext = Array(request.ciphertext.prefix(5))
        for forged in [ciphertext, tag, iv, ephemeral, truncated] {
            #expect(throws: ContractQueryError.undecryptableQuery) {
                try ContractQueryCipher.open(forged, with: Self.worker)
            }
        }
    }

    @Test func aQuerySealedToAnotherWorkerIsRefused() throws {
        let (request, _) = try ContractQueryCipher.seal(Self.signed(), to: Self.otherWorker.publicKey)
        #expect(throws: ContractQueryError.undecryptableQuery) {
            try ContractQueryCipher.open(request, with: Self.worker)
        }
    }

    @Test func anEphemeralKeyThatIsNoPointOrTheIdentityIsRefused() throws {
        let (request, _) = try ContractQueryCipher.seal(Self.signed(), to: Self.worker.publicKey)
        for key in [FixedBytes<32>(repeating: 0xFF), FixedBytes<32>.zero] {
            var forged = request
            forged.ephemeralPublicKey = key
            #expect(throws: ContractQueryError.invalidEphemeralKey) {
                try ContractQueryCipher.open(forged, with: Self.worker)
            }
        }
    }

    @Test func sealingToTheIdentityPointIsRefused() throws {
        let identity = try Sr25519.PublicKey(bytes: [UInt8](repeating: 0, count: 32))
        #expect(throws: ContractQueryError.invalidWorkerKey) {
            try ContractQueryCipher.seal(Self.signed(), to: identity)
        }
    }

    @Test func aQueryWithABadSignatureIsRefusedAfterDecryption() throws {
        var signed = Self.signed()
        signed.query.payload = [0xDE, 0xAD]
        let (request, _) = try ContractQueryCipher.seal(signed, to: Self.worker.publicKey)
        #expect(throws: ContractQueryError.badSignature(origin: signed.query.origin)) {
            try ContractQueryCipher.open(request, with: Self.worker)
        }
    }

    @Test func plaintextThatIsNoSignedQueryIsRefusedAsMalformed() throws {
        let (request, session) = try ContractQueryCipher.seal(Self.signed(), to: Self.worker.publicKey)
        var forged = request
        forged.ciphertext = session.keys.seal([1, 2, 3], key: session.keys.queryKey, iv: request.iv.bytes)
        #expect {
            try ContractQueryCipher.open(forged, with: Self.worker)
        } throws: { error in
            if case .malformedQuery = error as? ContractQueryError { true } else { false }
        }
    }

    @Test func aTamperedAnswerOrOneFromAnotherSessionIsRefused() throws {
        let (request, clientSession) = try ContractQueryCipher.seal(Self.signed(), to: Self.worker.publicKey)
        let (_, workerSession) = try ContractQueryCipher.open(request, with: Self.worker)
        var tampered = workerSession.sealResponse([1, 2, 3])
        tampered.ciphertext[0] ^= 0x01
        #expect(throws: ContractQueryError.undecryptableResponse) { try clientSession.openResponse(tampered) }
        let (otherRequest, _) = try ContractQueryCipher.seal(Self.signed(), to: Self.worker.publicKey)
        let (_, otherSession) = try ContractQueryCipher.open(otherRequest, with: Self.worker)
        #expect(throws: ContractQueryError.undecryptableResponse) {
            try clientSession.openResponse(otherSession.sealResponse([1, 2, 3]))
        }
    }

    @Test func theQueryCannotBeReflectedBackAsItsOwnAnswer() throws {
        let (request, clientSession) = try ContractQueryCipher.seal(Self.signed(), to: Self.worker.publicKey)
        let reflected = EncryptedContractResponse(iv: request.iv, ciphertext: request.ciphertext)
        #expect(throws: ContractQueryError.undecryptableResponse) { try clientSession.openResponse(reflected) }
    }

    @Test func theSessionNeverPrintsItsKeys() throws {
        let (_, session) = try ContractQueryCipher.seal(Self.signed(), to: Self.worker.publicKey)
        #expect("\(session)" == "ContractQuerySession(keys redacted)")
    }
}
