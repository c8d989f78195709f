import ContractHost
import Foundation
import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

/// pink-abi.md §5.2 ids 2–5, 13, 14 and §8.2 test_signing / §8.3 test_signing2, test_ecdsa_signing.
@Suite struct PinkExtensionCryptoTests {
    let environment = FakeEnvironment()
    var pink: PinkExtension { PinkExtension(environment: environment) }
    let message = Array("hello world".utf8)
    let ed25519Seed = [UInt8](repeating: 0x11, count: 32)
    let ecdsaSecret = [UInt8](repeating: 0x22, count: 32)

    func bytes(_ result: ChainExtensionResult) throws -> [UInt8] { try decoded(result, as: [UInt8].self) }

    func verify(_ type: SigType, _ key: [UInt8], _ message: [UInt8], _ signature: [UInt8], _ mode: ExecutionMode) throws -> Bool {
        try decoded(pink.call(.verify, type, key, message, signature, frame: FakeFrame(mode)), as: Bool.self)
    }

    /// Runs the Python reference on one request per line.
    func reference(_ lines: [String]) throws -> [[String]] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/pink_reference.py").path
        let output = try PythonReference.run(script: script, input: Data((lines.joined(separator: "\n") + "\n").utf8))
        return output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    }

    /// pink-abi.md §8.2 test_signing, against py-sr25519-bindings 0.2.4 and an stdlib HKDF: the derived
    /// key, its public key and a query signature all match the reference; Tx signs with an empty vector.
    @Test func sr25519DerivedKeySignsAsPyReferenceExpects() throws {
        let salt = Array("a spoon of salt".utf8)
        let frame = FakeFrame(.query)
        let secret = try bytes(pink.call(.deriveSr25519Key, salt, frame: frame))
        #expect(secret == (try bytes(pink.call(.deriveSr25519Key, salt, frame: FakeFrame(.transaction)))))
        let publicKey = try bytes(pink.call(.getPublicKey, SigType.sr25519, secret, frame: frame))
        #expect(publicKey == (try bytes(pink.call(.getPublicKey, SigType.sr25519, secret, frame: FakeFrame(.transaction)))))
        let signature = try bytes(pink.call(.sign, SigType.sr25519, secret, message, frame: frame))
        let answers = try reference([
            "derive \(Hex.string(environment.clusterSecretKey ?? [])) \(Hex.string(frame.contract.bytes)) \(Hex.string(salt))",
            "sr25519verify \(Hex.string(signature)) \(Hex.string(message)) \(Hex.string(publicKey))",
        ])
        #expect(answers[0] == [Hex.string(secret), Hex.string(publicKey)])
        #expect(answers[1] == ["01"])
        for mode in [ExecutionMode.query, .transaction] {
            #expect(try verify(.sr25519, publicKey, message, signature, mode))
            #expect(try !verify(.sr25519, publicKey, Array("Fake".utf8), signature, mode))
        }
        for mode in transactionModes {
            #expect(try pink.call(.sign, SigType.sr25519, secret, message, frame: FakeFrame(mode)).output == [0])
        }
    }

    /// pink-abi.md §8.3 test_for_errors: no cluster key → Module{5,[3,0,0,0]}.
    @Test func deriveWithoutClusterKeyFailsWithKeySeedMissing() {
        let bare = PinkExtension(environment: FakeEnvironment(clusterSecretKey: nil))
        #expect(throws: ExecutionFailure.pink(.keySeedMissing)) { try bare.call(.deriveSr25519Key, [UInt8](), frame: FakeFrame(.query)) }
    }

    /// Keys from different contracts or salts differ; a 32-byte mini-secret is accepted too.
    @Test func derivedKeysDependOnContractAndSalt() throws {
        let first = try bytes(pink.call(.deriveSr25519Key, Array("a".utf8), frame: FakeFrame(.query)))
        let otherSalt = try bytes(pink.call(.deriveSr25519Key, Array("b".utf8), frame: FakeFrame(.query)))
        let otherContract = try bytes(
            pink.call(.deriveSr25519Key, Array("a".utf8), frame: FakeFrame(.query, contract: AccountId32(FixedBytes(repeating: 3))))
        )
        #expect(first.count == 64 && first != otherSalt && first != otherContract)
        let mini = [UInt8](repeating: 9, count: 32)
        let expected = try Sr25519.KeyPair(miniSecret: mini).publicKey.bytes
        #expect(try bytes(pink.call(.getPublicKey, SigType.sr25519, mini, frame: FakeFrame(.query))) == expected)
    }

    /// Ed25519 (RFC 8032, deterministic) signs the same in both modes and verifies.
    @Test func ed25519SignsDeterministicallyInBothModes() throws {
        let publicKey = try bytes(pink.call(.getPublicKey, SigType.ed25519, ed25519Seed, frame: FakeFrame(.query)))
        #expect(publicKey == (try Ed25519.KeyPair(seed: ed25519Seed).publicKey.bytes))
        let query = try bytes(pink.call(.sign, SigType.ed25519, ed25519Seed, message, frame: FakeFrame(.query)))
        let transaction = try bytes(pink.call(.sign, SigType.ed25519, ed25519Seed, message, frame: FakeFrame(.transaction)))
        #expect(query.count == 64 && query == transaction)
        #expect(try verify(.ed25519, publicKey, message, query, .transaction))
        #expect(try !verify(.ed25519, publicKey, Array("Fake".utf8), query, .query))
    }

    /// ECDSA `sign` hashes with blake2b-256 first: python-ecdsa 0.19.2 accepts the signature over that digest.
    @Test func ecdsaSignHashesWithBlake2AsPyReferenceExpects() throws {
        let publicKey = try bytes(pink.call(.getPublicKey, SigType.ecdsa, ecdsaSecret, frame: FakeFrame(.query)))
        #expect(publicKey == (try bytes(pink.call(.getPublicKey, SigType.ecdsa, ecdsaSecret, frame: FakeFrame(.estimating)))))
        let signature = try bytes(pink.call(.sign, SigType.ecdsa, ecdsaSecret, message, frame: FakeFrame(.transaction)))
        #expect(publicKey.count == 33 && signature.count == 65)
        let answers = try reference([
            "blake2 \(Hex.string(message))",
            "ecdsaverify \(Hex.string(publicKey)) \(Hex.string(Hashing.blake2_256(message))) \(Hex.string(signature))",
        ])
        #expect(answers[0] == [Hex.string(Hashing.blake2_256(message))])
        #expect(answers[1] == ["01"])
        #expect(try verify(.ecdsa, publicKey, message, signature, .query))
        #expect(try !verify(.ecdsa, publicKey, Array("Fake".utf8), signature, .transaction))
    }

    /// pink-abi.md §8.3 test_ecdsa_signing: prehashed signatures are RFC 6979 (equal in both modes) and
    /// match python-ecdsa 0.19.2's r and s; ecdsa_verify_prehashed accepts them in both modes.
    @Test func ecdsaPrehashedSignatureMatchesPyEcdsa() throws {
        let hash = try FixedBytes<32>(Keccak256.hash(message))
        let query = try pink.call(.ecdsaSignPrehashed, ecdsaSecret, hash, frame: FakeFrame(.query)).output
        let transaction = try pink.call(.ecdsaSignPrehashed, ecdsaSecret, hash, frame: FakeFrame(.transaction)).output
        #expect(query.count == 65 && query == transaction)
        let answers = try reference(["ecdsa \(Hex.string(ecdsaSecret)) \(Hex.string(hash.bytes))"])
        let publicKey = try #require(Hex.bytes(answers[0][0]))
        #expect(answers[0][1] == Hex.string(query[0..<32]) && answers[0][2] == Hex.string(query[32..<64]))
        for mode in [ExecutionMode.query, .transaction] {
            let valid = try pink.call(.ecdsaVerifyPrehashed, try FixedBytes<65>(query), hash, try FixedBytes<33>(publicKey), frame: FakeFrame(mode))
            #expect(valid.output == [1])
        }
        let wrongHash = FixedBytes<32>(repeating: 0)
        let invalid = try pink.call(.ecdsaVerifyPrehashed, try FixedBytes<65>(query), wrongHash, try FixedBytes<33>(publicKey), frame: FakeFrame(.query))
        #expect(invalid.output == [0])
        let notAPoint = try pink.call(
            .ecdsaVerifyPrehashed, try FixedBytes<65>(query), hash, FixedBytes<33>(repeating: 0x05), frame: FakeFrame(.query)
        )
        #expect(notAPoint.output == [0])
    }

    /// pink-abi.md §5.2: a bad key or a badly sized public key or signature ends the execution (Other).
    @Test func malformedKeysAndSignaturesTrap() {
        let frame = FakeFrame(.query)
        for type in SigType.allCases {
            #expect(throws: ExecutionFailure.other("Invalid key")) { try pink.call(.getPublicKey, type, [UInt8](repeating: 1, count: 31), frame: frame) }
            #expect(throws: ExecutionFailure.other("Invalid key")) { try pink.call(.sign, type, [UInt8](repeating: 1, count: 33), message, frame: frame) }
            #expect(throws: ExecutionFailure.other("Invalid signature")) { try verify(type, [UInt8](repeating: 1, count: 32), message, [1], .query) }
            #expect(throws: ExecutionFailure.other("Invalid public key")) {
                try verify(type, [UInt8](repeating: 1, count: 34), message, [UInt8](repeating: 1, count: type == .ecdsa ? 65 : 64), .query)
            }
        }
        #expect(throws: ExecutionFailure.other("Invalid key")) {
            try pink.call(.ecdsaSignPrehashed, [UInt8](repeating: 0, count: 32), FixedBytes<32>.zero, frame: frame)
        }
    }
}
