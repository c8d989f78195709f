import PhalaCrypto
import Testing

@Suite struct XXHash64Tests {
    /// xxHash's sanity buffer (`XSUM_fillTestBuffer` in cli/xsum_sanity_check.c of Cyan4973/xxHash):
    /// byte i is the top byte of PRIME32 · PRIME64^i (mod 2^64).
    static let sanityBuffer: [UInt8] = {
        var generator: UInt64 = 2_654_435_761  // PRIME32
        return (0..<222).map { _ in
            defer { generator &*= 11_400_714_785_074_694_797 }  // PRIME64
            return UInt8(generator >> 56)
        }
    }()

    @Test(arguments: [
        // XSUM_XXH64_testdata in cli/xsum_sanity_check.c (Cyan4973/xxHash): (length, seed, digest).
        (0, 0, 0xEF46_DB37_51D8_E999),
        (0, 2_654_435_761, 0xAC75_FDA2_929B_17EF),
        (1, 0, 0xE934_A84A_DB05_2768),
        (1, 2_654_435_761, 0x5014_6076_43A9_B4C3),
        (4, 0, 0x9136_A0DC_A574_57EE),
        (14, 0, 0x8282_DCC4_994E_35C8),
        (14, 2_654_435_761, 0xC3BD_6BF6_3DEB_6DF0),
        (222, 0, 0xB641_AE8C_B691_C174),
        (222, 2_654_435_761, 0x20CB_8AB7_AE10_C14A),
    ] as [(Int, UInt64, UInt64)])
    func xxHashSanityVectorsMatch(length: Int, seed: UInt64, digest: UInt64) {
        #expect(XXHash64.hash(Array(Self.sanityBuffer.prefix(length)), seed: seed) == digest)
    }
}
