import PhalaCrypto
import PhalaPrimitives
import SCALE
import Testing

/// The contract query types' SCALE layouts, pinned byte by byte from the layouts their doc comments
/// state (SCALE: `[u8; N]` raw, `Vec<u8>` compact length then bytes, `u64` little endian).
@Suite struct ContractQueryTests {
    static let query = ContractQuery(
        contract: AccountId32(FixedBytes(repeating: 0x11)),
        payload: [0xAA, 0xBB, 0xCC],
        origin: AccountId32(FixedBytes(repeating: 0x22)),
        nonce: FixedBytes(repeating: 0x33),
        notAfterMillis: 0x0102_0304_0506_0708
    )

    @Test func queryEncodesContractPayloadOriginNonceAndExpiryInOrder() throws {
        let expected =
            [UInt8](repeating: 0x11, count: 32) + [0x0C, 0xAA, 0xBB, 0xCC] + [UInt8](repeating: 0x22, count: 32)
            + [UInt8](repeating: 0x33, count: 32) + [0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01]
        #expect(Self.query.scaleEncoded() == expected)
        #expect(try ContractQuery(scaleDecoding: expected) == Self.query)
    }

    @Test func signingMessageIsTheDomainPrefixThenTheEncoding() {
        #expect(Self.query.signingMessage == Array("phala-contract-query:".utf8) + Self.query.scaleEncoded())
    }

    @Test func signedQueryEncodesTheQueryThenTheSignature() throws {
        let signed = SignedContractQuery(query: Self.query, signature: FixedBytes(repeating: 0x44))
        #expect(signed.scaleEncoded() == Self.query.scaleEncoded() + [UInt8](repeating: 0x44, count: 64))
        #expect(try SignedContractQuery(scaleDecoding: signed.scaleEncoded()) == signed)
    }

    @Test func encryptedQueryEncodesKeyIVThenLengthPrefixedCiphertext() throws {
        let encrypted = EncryptedContractQuery(
            ephemeralPublicKey: FixedBytes(repeating: 0x55),
            iv: FixedBytes(repeating: 0x66),
            ciphertext: [1, 2]
        )
        let expected = [UInt8](repeating: 0x55, count: 32) + [UInt8](repeating: 0x66, count: 12) + [0x08, 1, 2]
        #expect(encrypted.scaleEncoded() == expected)
        #expect(try EncryptedContractQuery(scaleDecoding: expected) == encrypted)
    }

    @Test func encryptedResponseEncodesIVThenLengthPrefixedCiphertext() throws {
        let encrypted = EncryptedContractResponse(iv: FixedBytes(repeating: 0x77), ciphertext: [9])
        let expected = [UInt8](repeating: 0x77, count: 12) + [0x04, 9]
        #expect(encrypted.scaleEncoded() == expected)
        #expect(try EncryptedContractResponse(scaleDecoding: expected) == encrypted)
    }

    @Test func truncatedEncryptedQueryIsRefused() {
        let bytes = EncryptedContractQuery(ephemeralPublicKey: .zero, iv: .zero, ciphertext: [1, 2, 3]).scaleEncoded()
        #expect(throws: ScaleDecodingError.self) { try EncryptedContractQuery(scaleDecoding: Array(bytes.dropLast())) }
    }

    @Test func freshNoncesDiffer() {
        #expect(ContractQuery.freshNonce() != ContractQuery.freshNonce())
    }
}
