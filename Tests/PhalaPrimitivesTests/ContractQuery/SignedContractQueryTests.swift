import PhalaCrypto
import PhalaPrimitives
import SCALE
import Testing

/// A query's signature proves its origin asked, for exactly this query and for nothing but a query.
@Suite struct SignedContractQueryTests {
    static let alice = keyPair(0x01)
    static let bob = keyPair(0x02)
    static let contract = AccountId32(FixedBytes(repeating: 0xC0))

    static func keyPair(_ seed: UInt8) -> Sr25519.KeyPair {
        do {
            return try Sr25519.KeyPair(miniSecret: [UInt8](repeating: seed, count: 32))
        } catch {
            preconditionFailure("a 32-byte seed is a mini secret: \(error)")
        }
    }

    static func account(_ keyPair: Sr25519.KeyPair) throws -> AccountId32 {
        try AccountId32(bytes: keyPair.publicKey.bytes)
    }

    @Test func aQuerySignedByItsOriginVerifies() throws {
        let signed = SignedContractQuery(
            contract: Self.contract,
            payload: [1, 2, 3, 4],
            notAfterMillis: 10,
            signedBy: Self.alice
        )
        #expect(signed.query.origin == (try Self.account(Self.alice)))
        try signed.verifySignature()
        let query = ContractQuery(
            contract: Self.contract,
            payload: [5],
            origin: try Self.account(Self.bob),
            notAfterMillis: 10
        )
        try SignedContractQuery(signing: query, with: Self.bob).verifySignature()
    }

    @Test func anAlteredQueryNoLongerVerifies() throws {
        var signed = SignedContractQuery(
            contract: Self.contract,
            payload: [1, 2, 3, 4],
            notAfterMillis: 10,
            signedBy: Self.alice
        )
        signed.query.notAfterMillis += 1
        #expect(throws: ContractQueryError.badSignature(origin: signed.query.origin)) { try signed.verifySignature() }
    }

    @Test func aSignatureByAnotherAccountDoesNotVerify() throws {
        var signed = SignedContractQuery(
            contract: Self.contract,
            payload: [1],
            notAfterMillis: 10,
            signedBy: Self.alice
        )
        signed.query.origin = try Self.account(Self.bob)
        signed.signature = try FixedBytes(Self.alice.sign(signed.query.signingMessage).bytes)
        #expect(throws: ContractQueryError.badSignature(origin: signed.query.origin)) { try signed.verifySignature() }
    }

    @Test func aSignatureWithoutTheDomainPrefixDoesNotVerify() throws {
        let query = ContractQuery(
            contract: Self.contract,
            payload: [1],
            origin: try Self.account(Self.alice),
            notAfterMillis: 10
        )
        let raw = SignedContractQuery(
            query: query,
            signature: try FixedBytes(Self.alice.sign(query.scaleEncoded()).bytes)
        )
        #expect(throws: ContractQueryError.badSignature(origin: query.origin)) { try raw.verifySignature() }
    }

    @Test func anOriginThatIsNoSr25519KeyCannotHaveSigned() throws {
        // 0xFF…FF is not a canonical ristretto255 encoding (its field element is not reduced).
        let origin = AccountId32(FixedBytes(repeating: 0xFF))
        let query = ContractQuery(contract: Self.contract, payload: [], origin: origin, notAfterMillis: 1)
        let signed = SignedContractQuery(query: query, signature: FixedBytes(repeating: 0))
        #expect(throws: ContractQueryError.originIsNotSr25519Key(origin: origin)) { try signed.verifySignature() }
    }

    @Test func signingWithAKeyThatIsNotTheOriginIsRefused() throws {
        let query = ContractQuery(
            contract: Self.contract,
            payload: [],
            origin: try Self.account(Self.alice),
            notAfterMillis: 1
        )
        #expect(throws: ContractQueryError.signerIsNotOrigin(origin: query.origin)) {
            _ = try SignedContractQuery(signing: query, with: Self.bob)
        }
    }
}
