import Foundation
import PhalaCrypto
import Testing

@Suite struct Blake2bTests {
    /// Fixtures/blake2b-kat.json: official BLAKE2 vectors plus other lengths from CPython's hashlib.
    struct KnownAnswers: Decodable {
        struct Vector: Decodable {
            let inputLength: Int
            let hash: String
        }
        struct Variant: Decodable {
            let outputByteCount: Int
            let keyLength: Int
            let inputLength: Int
            let hash: String
        }
        struct Variants: Decodable {
            let vectors: [Variant]
        }
        let key: String
        let keyed: [Vector]
        let unkeyed: [Vector]
        let variants: Variants

        static func load() throws -> KnownAnswers {
            let data = try Data(contentsOf: URL(fileURLWithPath: HexText.fixturePath("blake2b-kat.json")))
            return try JSONDecoder().decode(KnownAnswers.self, from: data)
        }
    }

    /// The KAT inputs: 00 01 02 … (length - 1).
    static func countingBytes(_ length: Int) -> [UInt8] {
        (0..<length).map { UInt8(truncatingIfNeeded: $0) }
    }

    @Test func rfc7693AppendixAExampleMatches() {
        // RFC 7693 Appendix A: BLAKE2b-512("abc").
        let expected =
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
            + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"
        #expect(HexText.string(Blake2b.hash(Array("abc".utf8), outputByteCount: 64)) == expected)
    }

    @Test func officialKeyedVectorsMatch() throws {
        let answers = try KnownAnswers.load()
        let key = HexText.bytes(answers.key)
        #expect(answers.keyed.count >= 20)
        for vector in answers.keyed {
            let digest = Blake2b.hash(Self.countingBytes(vector.inputLength), outputByteCount: 64, key: key)
            #expect(HexText.string(digest) == vector.hash, "keyed, input length \(vector.inputLength)")
        }
    }

    @Test func officialUnkeyedVectorsMatch() throws {
        let answers = try KnownAnswers.load()
        #expect(answers.unkeyed.count >= 20)
        for vector in answers.unkeyed {
            let digest = Blake2b.hash(Self.countingBytes(vector.inputLength), outputByteCount: 64)
            #expect(HexText.string(digest) == vector.hash, "unkeyed, input length \(vector.inputLength)")
        }
    }

    @Test func otherOutputAndKeyLengthsMatchHashlib() throws {
        let answers = try KnownAnswers.load()
        for vector in answers.variants.vectors {
            let key = (0..<vector.keyLength).map { UInt8(truncatingIfNeeded: 7 * $0 + 3) }
            let input = (0..<vector.inputLength).map { UInt8(truncatingIfNeeded: 13 * $0 + 5) }
            let digest = Blake2b.hash(input, outputByteCount: vector.outputByteCount, key: key)
            #expect(
                HexText.string(digest) == vector.hash,
                "output \(vector.outputByteCount), key \(vector.keyLength), input \(vector.inputLength)")
        }
    }

    @Test func defaultDigestIs32BytesUnkeyed() {
        // blake2b-256 of the empty string, CPython hashlib.blake2b(b"", digest_size=32).
        #expect(HexText.string(Blake2b.hash([])) == "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8")
    }

    @Test(arguments: [[1], [7, 1, 300], [127, 1, 128], [128, 128, 1], [129, 64, 65], [3, 250, 17, 0, 41]])
    func streamingInUnevenChunksEqualsOneShot(chunkSizes: [Int]) {
        let message = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for key in [[], Self.countingBytes(64), [0x42]] as [[UInt8]] {
            for outputByteCount in [16, 32, 64] {
                var hasher = Blake2b(outputByteCount: outputByteCount, key: key)
                var offset = 0
                var turn = 0
                while offset < message.count {
                    let end = min(message.count, offset + chunkSizes[turn % chunkSizes.count])
                    let chunk = Array(message[offset..<end])
                    if turn.isMultiple(of: 2) {
                        hasher.update(chunk)
                    } else {
                        chunk.withUnsafeBytes { hasher.update($0) }
                    }
                    offset = end
                    turn += 1
                }
                #expect(
                    hasher.finalize() == Blake2b.hash(message, outputByteCount: outputByteCount, key: key),
                    "chunks \(chunkSizes), key \(key.count) bytes, output \(outputByteCount)")
            }
        }
    }

    @Test func everyLengthAroundBlockBoundariesStreamsLikeOneShot() {
        // Splitting at every point of messages up to three blocks long exercises each buffer state.
        let message = Self.countingBytes(3 * 128 + 1)
        for length in [0, 1, 127, 128, 129, 255, 256, 257, 385] {
            let whole = Array(message.prefix(length))
            let expected = Blake2b.hash(whole)
            for split in 0...length {
                var hasher = Blake2b()
                hasher.update(Array(whole[..<split]))
                hasher.update(Array(whole[split...]))
                #expect(hasher.finalize() == expected, "length \(length) split at \(split)")
            }
        }
    }

    @Test func copyingAHasherForksTheComputation() {
        var first = Blake2b()
        first.update(Array("SS58".utf8))
        var second = first
        first.update(Array("PRE".utf8))
        second.update(Array("PRF".utf8))
        #expect(first.finalize() == Blake2b.hash(Array("SS58PRE".utf8)))
        #expect(second.finalize() == Blake2b.hash(Array("SS58PRF".utf8)))
    }
}
