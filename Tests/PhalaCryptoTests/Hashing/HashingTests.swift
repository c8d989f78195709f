import PhalaCrypto
import Testing

@Suite struct HashingTests {
    static let alice = HexText.bytes("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")

    @Test func twox128OfPalletAndItemNamesMatchesSubstrate() {
        // substrate-rpc.md §3 (verified against substrate-interface 1.8.1 / xxhash 3.8.2).
        #expect(HexText.string(Hashing.twox128(Array("System".utf8))) == "26aa394eea5630e07c48ae0c9558cef7")
        #expect(HexText.string(Hashing.twox128(Array("Account".utf8))) == "b99d880ec681799c0cf30e8886371da9")
    }

    @Test func systemAccountKeyOfAliceMatchesSubstrate() {
        // substrate-rpc.md §3: System.Account(//Alice).
        let key = Hashing.twox128(Array("System".utf8)) + Hashing.twox128(Array("Account".utf8))
            + Hashing.blake2_128Concat(Self.alice)
        #expect(
            HexText.string(key)
                == "26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9"
                + "de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
    }

    @Test(arguments: [
        // substrate-rpc.md §3: plain System storage items.
        ("Events", "26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7"),
        ("Number", "26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac"),
        ("ParentHash", "26aa394eea5630e07c48ae0c9558cef78a42f33323cb5ced3b44dd825fda9fcc"),
        ("BlockHash", "26aa394eea5630e07c48ae0c9558cef7a44704b568d21667356a5a050c118746"),
        ("Digest", "26aa394eea5630e07c48ae0c9558cef799e7f93fc6a98f0874fd057f111c4d2d"),
        ("EventCount", "26aa394eea5630e07c48ae0c9558cef70a98fdbe9ce6c55837576c60c7af3850"),
    ])
    func systemStorageKeysMatchSubstrate(item: String, expected: String) {
        let key = Hashing.twox128(Array("System".utf8)) + Hashing.twox128(Array(item.utf8))
        #expect(HexText.string(key) == expected)
    }

    @Test func blake2HashersHaveSubstrateDigestLengths() {
        // CPython 3.11 hashlib.blake2b(data, digest_size=16 / 32).
        #expect(HexText.string(Hashing.blake2_128(Self.alice)) == "de1e86a9a8c739864cf3cc5ec2bea59f")
        #expect(HexText.string(Hashing.blake2_128(Array("abc".utf8))) == "cf4ab791c62b8d2b2109c90275287816")
        #expect(
            HexText.string(Hashing.blake2_256(Self.alice))
                == "2e3fb4c297a84c5cebc0e78257d213d0927ccc7596044c6ba013dd05522aacba")
        #expect(Hashing.blake2_512(Array("abc".utf8)) == Blake2b.hash(Array("abc".utf8), outputByteCount: 64))
    }

    @Test func twoxHashersConcatenateLittleEndianDigestsOfConsecutiveSeeds() {
        let input = Array("Balances".utf8)
        let lanes = (0..<4).map { seed in
            withUnsafeBytes(of: XXHash64.hash(input, seed: UInt64(seed)).littleEndian) { Array($0) }
        }
        #expect(Hashing.twox64(input) == lanes[0])
        #expect(Hashing.twox128(input) == lanes[0] + lanes[1])
        #expect(Hashing.twox256(input) == lanes[0] + lanes[1] + lanes[2] + lanes[3])
        // The first lane of twox128("System") is XXH64("System", 0) = 0xe03056ea4e39aa26, stored LE.
        #expect(XXHash64.hash(Array("System".utf8), seed: 0) == 0xe030_56ea_4e39_aa26)
    }

    @Test func concatHashersAppendTheInputToTheDigest() {
        let input: [UInt8] = [1, 2, 3, 4, 5]
        #expect(Hashing.twox64Concat(input) == Hashing.twox64(input) + input)
        #expect(Hashing.blake2_128Concat(input) == Hashing.blake2_128(input) + input)
        #expect(Hashing.identity(input) == input)
        #expect(Hashing.twox64Concat([]) == Hashing.twox64([]))
    }
}
