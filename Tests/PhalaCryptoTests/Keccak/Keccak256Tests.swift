import PhalaCrypto
import PhalaTesting
import Testing

@Suite struct Keccak256Tests {
    // Expected digests from pycryptodome 4.4.0 (`Crypto.Hash.keccak.new(digest_bits=256)`), which is
    // Ethereum's keccak256; the empty-input digest is also Ethereum's well-known empty code hash.
    // Inputs other than "abc" are `(0..<length).map { $0 % 256 }`: 135 bytes puts the padding in the
    // last byte of one block, 136 needs a block of padding alone, 137 spills one byte into the
    // second block, 300 spans three blocks.
    @Test func abcHashesToItsKnownDigest() {
        let digest = "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
        #expect(Hex.string(Keccak256.hash(Array("abc".utf8))) == digest)
    }

    @Test(arguments: [
        (0, "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"),
        (135, "cbdfd9dee5faad3818d6b06f95a219fd290b0e1706f6a82e5a595b9ce9faca62"),
        (136, "7ce759f1ab7f9ce437719970c26b0a66ff11fe3e38e17df89cf5d29c7d7f807e"),
        (137, "ac73d4fae68b8453f764007c1a20ce95994187861f0c3227a3a8e99a73a3b1db"),
        (300, "a679e749a6af300c36e7ff2255d220864eab27b382f9cfdc5aa4d13563ba36ff"),
    ])
    func inputsAroundTheRateBoundaryHashToTheReferenceDigests(length: Int, digest: String) {
        let input = (0..<length).map { UInt8(truncatingIfNeeded: $0) }
        #expect(Hex.string(Keccak256.hash(input)) == digest)
    }
}
