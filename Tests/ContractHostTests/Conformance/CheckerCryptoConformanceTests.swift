import ContractHost
import Foundation
import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

/// pink-abi.md §8.3 test_signing2 and test_ecdsa_signing with our C checker, checked against
/// py-sr25519-bindings 0.2.4 and python-ecdsa 0.19.2 (Pink/Fixtures/pink_reference.py).
@Suite struct CheckerCryptoConformanceTests {
    let message = Array("hello world".utf8)

    /// Runs the Python reference on one request per line.
    func reference(_ lines: [String]) throws -> [[String]] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Pink/Fixtures/pink_reference.py").path
        let output = try PythonReference.run(script: script, input: Data((lines.joined(separator: "\n") + "\n").utf8))
        return output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    }

    /// The Vec<u8> after the MessageResult Ok byte.
    func bytes(_ reply: [UInt8]?) throws -> [UInt8] {
        let reply = try #require(reply)
        #expect(reply.first == 0)
        return try [UInt8](scaleDecoding: Array(reply.dropFirst()))
    }

    /// derive("foo") and its public key are identical in both modes and match the reference; sign gives a
    /// signature in a query and an empty vector in a transaction; verify(query signature) is true in both.
    @Test func sr25519DeriveSignVerifyInQueryAndTransaction() throws {
        let checker = try DeployedChecker()
        let salt = Array("foo".utf8)
        let secret = try bytes(checker.reply("sr25519_derive_key", salt, mode: .query))
        #expect(secret.count == 64)
        #expect(try bytes(checker.reply("sr25519_derive_key", salt, mode: .transaction)) == secret)
        let publicKey = try bytes(checker.reply("sr25519_get_public_key", secret, mode: .query))
        #expect(try bytes(checker.reply("sr25519_get_public_key", secret, mode: .transaction)) == publicKey)

        let signature = try bytes(checker.reply("sr25519_sign", secret, message, mode: .query))
        #expect(signature.count == 64)
        #expect(try bytes(checker.reply("sr25519_sign", secret, message, mode: .transaction)) == [])
        for mode in [ExecutionMode.query, .transaction] {
            #expect(try checker.reply("sr25519_verify", publicKey, message, signature, mode: mode) == [0, 1])
            #expect(
                try checker.reply("sr25519_verify", publicKey, Array("Fake".utf8), signature, mode: mode) == [0, 0]
            )
        }

        let cluster = try #require(checker.environment.clusterSecretKey)
        let answers = try reference([
            "derive \(Hex.string(cluster)) \(Hex.string(checker.address.bytes)) \(Hex.string(salt))",
            "sr25519verify \(Hex.string(signature)) \(Hex.string(message)) \(Hex.string(publicKey))",
        ])
        #expect(answers[0] == [Hex.string(secret), Hex.string(publicKey)])
        #expect(answers[1] == ["01"])
    }

    /// ecdsa_sign_prehashed over keccak256("hello world") is deterministic (RFC 6979): the same 65 bytes in
    /// both modes, equal to python-ecdsa's r ‖ s, and ecdsa_verify_prehashed accepts it in both modes.
    @Test func ecdsaSignPrehashedIsDeterministicAndVerifies() throws {
        let checker = try DeployedChecker()
        let secret = [UInt8](repeating: 0x22, count: 32)
        let hash = try FixedBytes<32>(Keccak256.hash(message))
        let query = try #require(try checker.reply("ecdsa_sign_prehashed", secret, hash, mode: .query))
        #expect(query.count == 66 && query.first == 0)
        #expect(try checker.reply("ecdsa_sign_prehashed", secret, hash, mode: .transaction) == query)
        let signature = try FixedBytes<65>(query.dropFirst())
        let publicKey = try FixedBytes<33>(Secp256k1.PrivateKey(bytes: secret).publicKey.compressed)
        for mode in [ExecutionMode.query, .transaction] {
            #expect(try checker.reply("ecdsa_verify_prehashed", signature, hash, publicKey, mode: mode) == [0, 1])
        }
        let otherHash = try FixedBytes<32>(Keccak256.hash(Array("Fake".utf8)))
        #expect(try checker.reply("ecdsa_verify_prehashed", signature, otherHash, publicKey, mode: .query) == [0, 0])

        let answer = try reference(["ecdsa \(Hex.string(secret)) \(Hex.string(hash.bytes))"])[0]
        #expect(
            answer == [
                Hex.string(publicKey.bytes), Hex.string(Array(signature.bytes[0..<32])),
                Hex.string(Array(signature.bytes[32..<64])),
            ]
        )
    }
}
