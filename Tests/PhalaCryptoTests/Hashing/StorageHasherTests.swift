import PhalaCrypto
import Testing

@Suite struct StorageHasherTests {
    @Test func rawValuesAreTheMetadataIndices() {
        // Metadata V14 StorageHasher enum (substrate-rpc.md §3).
        let expected: [(StorageHasher, UInt8)] = [
            (.blake2_128, 0), (.blake2_256, 1), (.blake2_128Concat, 2), (.twox128, 3), (.twox256, 4),
            (.twox64Concat, 5), (.identity, 6),
        ]
        for (hasher, index) in expected {
            #expect(hasher.rawValue == index)
            #expect(StorageHasher(rawValue: index) == hasher)
        }
        #expect(StorageHasher.allCases.count == 7)
        #expect(StorageHasher(rawValue: 7) == nil)
    }

    @Test func hashUsesTheMatchingHashingFunction() {
        let key = Array("a map key".utf8)
        #expect(StorageHasher.blake2_128.hash(key) == Hashing.blake2_128(key))
        #expect(StorageHasher.blake2_256.hash(key) == Hashing.blake2_256(key))
        #expect(StorageHasher.blake2_128Concat.hash(key) == Hashing.blake2_128Concat(key))
        #expect(StorageHasher.twox128.hash(key) == Hashing.twox128(key))
        #expect(StorageHasher.twox256.hash(key) == Hashing.twox256(key))
        #expect(StorageHasher.twox64Concat.hash(key) == Hashing.twox64Concat(key))
        #expect(StorageHasher.identity.hash(key) == key)
    }

    @Test(arguments: StorageHasher.allCases)
    func digestLengthAndConcatenationDescribeTheOutput(hasher: StorageHasher) {
        let key = Array("twelve bytes".utf8)
        let hashed = hasher.hash(key)
        if hasher.concatenatesInput {
            #expect(hashed.count == hasher.digestByteCount + key.count)
            #expect(Array(hashed.suffix(key.count)) == key)
        } else {
            #expect(hashed.count == hasher.digestByteCount)
        }
    }
}
