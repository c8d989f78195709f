import Foundation
@testable import PhalaCrypto
import PhalaTesting
import Testing

/// Interoperability with py-sr25519-bindings 0.2.4 (schnorrkel 0.11) in both directions, on seeded
/// random seeds, messages and chain codes.
@Suite struct Sr25519InteropTests {
    static let caseCount = 32

    /// Runs one request per line through Fixtures/sr25519_reference.py; returns each answer's words.
    static func reference(_ requests: [[String]]) throws -> [[String]] {
        let input = requests.map { $0.joined(separator: " ") }.joined(separator: "\n") + "\n"
        let output = try PythonReference.run(
            script: HexText.fixturePath("sr25519_reference.py"), input: Data(input.utf8))
        let lines = output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        try #require(lines.count == requests.count)
        return lines
    }

    static func word(_ bytes: [UInt8]) -> String { bytes.isEmpty ? "-" : HexText.string(bytes) }

    /// Seeded random mini secrets, and messages of lengths 0 to 300 (past Substrate's 256-byte
    /// hashing threshold and STROBE's 166-byte rate).
    static func cases(seed: UInt64) -> [(miniSecret: [UInt8], message: [UInt8])] {
        var generator = SplitMix64(seed: seed)
        return (0..<caseCount).map { _ in
            let length = Int.random(in: 0...300, using: &generator)
            return (generator.bytes(32), generator.bytes(length))
        }
    }

    @Test func keysFromTheSameSeedMatchPairFromSeed() throws {
        let seeds = Self.cases(seed: 1).map(\.miniSecret)
        let answers = try Self.reference(seeds.map { ["pair", Self.word($0)] })
        for (seed, answer) in zip(seeds, answers) {
            let pair = try Sr25519.KeyPair(miniSecret: seed)
            #expect(HexText.string(pair.publicKey.bytes) == answer[0])
            #expect(HexText.string(pair.secretKeyBytes) == answer[1])
        }
    }

    @Test func swiftSignaturesVerifyInPython() throws {
        let cases = try Self.cases(seed: 2).map { (try Sr25519.KeyPair(miniSecret: $0.miniSecret), $0.message) }
        let requests = cases.map { pair, message in
            ["verify", Self.word(pair.sign(message).bytes), Self.word(message), Self.word(pair.publicKey.bytes)]
        }
        let answers = try Self.reference(requests)
        #expect(answers.allSatisfy { $0 == ["01"] })
    }

    @Test func pythonSignaturesVerifyInSwift() throws {
        let cases = try Self.cases(seed: 3).map { (try Sr25519.KeyPair(miniSecret: $0.miniSecret), $0.message) }
        let requests = cases.map { pair, message in
            ["sign", Self.word(pair.publicKey.bytes), Self.word(pair.secretKeyBytes), Self.word(message)]
        }
        let answers = try Self.reference(requests)
        for ((pair, message), answer) in zip(cases, answers) {
            let signature = try Sr25519.Signature(bytes: HexText.bytes(answer[0]))
            #expect(pair.publicKey.verify(signature, for: message))
            #expect(!pair.publicKey.verify(signature, for: message + [0]))
        }
    }

    @Test func softDerivationMatchesDeriveKeypairAndDerivePubkey() throws {
        var generator = SplitMix64(seed: 4)
        let cases = try Self.cases(seed: 4).map {
            (try Sr25519.KeyPair(miniSecret: $0.miniSecret), generator.bytes(32))
        }
        let requests = cases.flatMap { pair, chainCode in
            [
                ["soft", Self.word(chainCode), Self.word(pair.publicKey.bytes), Self.word(pair.secretKeyBytes)],
                ["softpublic", Self.word(chainCode), Self.word(pair.publicKey.bytes)],
            ]
        }
        let answers = try Self.reference(requests)
        for (index, (pair, chainCode)) in cases.enumerated() {
            let fromSecret = answers[2 * index]
            let fromPublic = answers[2 * index + 1]
            let child = pair.softDerived(chainCode: chainCode)
            #expect(HexText.string(child.publicKey.bytes) == fromSecret[1])
            // schnorrkel draws the child's nonce seed at random, so only the scalar can match.
            #expect(HexText.string(Array(child.secretKeyBytes[0..<32])) == String(fromSecret[2].prefix(64)))
            #expect(HexText.string(pair.publicKey.softDerived(chainCode: chainCode).bytes) == fromPublic[1])
        }
    }

    @Test func hardDerivationMatchesHardDeriveKeypair() throws {
        var generator = SplitMix64(seed: 5)
        let cases = try Self.cases(seed: 5).map {
            (try Sr25519.KeyPair(miniSecret: $0.miniSecret), generator.bytes(32))
        }
        let requests = cases.map { pair, chainCode in
            ["hard", Self.word(chainCode), Self.word(pair.publicKey.bytes), Self.word(pair.secretKeyBytes)]
        }
        let answers = try Self.reference(requests)
        for ((pair, chainCode), answer) in zip(cases, answers) {
            let child = pair.hardDerived(chainCode: chainCode)
            #expect(HexText.string(child.publicKey.bytes) == answer[1])
            #expect(HexText.string(child.secretKeyBytes) == answer[2])
        }
    }
}
