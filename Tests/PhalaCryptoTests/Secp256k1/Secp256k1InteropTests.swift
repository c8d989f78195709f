import Foundation
import PhalaTesting
import Testing

@testable import PhalaCrypto

/// Interoperability with python-ecdsa 0.19.2 (Fixtures/secp256k1_reference.py) on seeded random keys
/// and digests: same RFC 6979 low-s signatures, verification both ways, recovery of the signer.
@Suite struct Secp256k1InteropTests {
    @Test func signaturesMatchPythonEcdsaAndVerifyBothWays() throws {
        var generator = SplitMix64(seed: 0x5EC9_256B)
        var cases = [(key: Secp256k1.PrivateKey, digest: [UInt8], signature: [UInt8])]()
        while cases.count < 20 {
            // A random 32-byte string is at least n with probability about 2^-128: such draws are skipped.
            guard let key = try? Secp256k1.PrivateKey(bytes: generator.bytes(32)) else { continue }
            let digest = generator.bytes(32)
            cases.append((key, digest, try key.signPrehashed(digest)))
        }
        let input =
            cases.map {
                [HexText.string($0.key.bytes), HexText.string($0.digest), HexText.string($0.signature)].joined(
                    separator: " "
                )
            }
            .joined(separator: "\n") + "\n"
        let output = try PythonReference.run(
            script: HexText.fixturePath("secp256k1_reference.py"),
            input: Data(input.utf8)
        )
        let lines = output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        try #require(lines.count == cases.count)
        var recoveryIDs = Set<UInt8>()
        for (entry, answer) in zip(cases, lines) {
            let publicKey = entry.key.publicKey
            #expect(HexText.string(publicKey.compressed) == answer[0])
            #expect(HexText.string(Array(entry.signature[0..<64])) == answer[1] + answer[2])
            #expect(answer[3] == "1", "python-ecdsa refused our signature")
            let pythonSignature = HexText.bytes(answer[1] + answer[2])
            #expect(Secp256k1.verifyPrehashed(signature: pythonSignature, digest: entry.digest, publicKey: publicKey))
            #expect(Secp256k1.verifyPrehashed(signature: entry.signature, digest: entry.digest, publicKey: publicKey))
            #expect(Secp256k1.recoverPrehashed(signature: entry.signature, digest: entry.digest) == publicKey)
            recoveryIDs.insert(entry.signature[64])
        }
        // Both parities of R occur in 20 signatures (the x ≥ n case has probability ~2^-128).
        #expect(recoveryIDs == [0, 1])
    }

    @Test func pythonRefusesATamperedSignature() throws {
        let key = try Secp256k1.PrivateKey(bytes: [UInt8](repeating: 0x42, count: 32))
        let digest = [UInt8](repeating: 0x17, count: 32)
        var signature = try key.signPrehashed(digest)
        signature[5] ^= 0x80
        let input =
            [HexText.string(key.bytes), HexText.string(digest), HexText.string(signature)].joined(separator: " ") + "\n"
        let output = try PythonReference.run(
            script: HexText.fixturePath("secp256k1_reference.py"),
            input: Data(input.utf8)
        )
        #expect(output.split(separator: " ").last == "0\n")
    }
}
