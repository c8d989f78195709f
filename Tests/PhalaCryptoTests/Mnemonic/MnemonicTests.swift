import Testing

@testable import PhalaCrypto

@Suite struct MnemonicTests {
    /// BIP39 entropy ↔ phrase vectors from trezor/python-mnemonic `vectors.json` ("english"), the
    /// reference vectors BIP39 itself links to.
    static let trezorVectors: [(entropy: String, phrase: String)] = [
        (
            "00000000000000000000000000000000",
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
        ),
        (
            "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
            "legal winner thank year wave sausage worth useful legal winner thank yellow"
        ),
        ("ffffffffffffffffffffffffffffffff", "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong"),
        (
            "808080808080808080808080808080808080808080808080",
            "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter always"
        ),
        (
            "0ce452419635c1a5faf44d60f2029f73fdc43419b4de1f03",
            "artefact card motor cluster foster spray type meadow genius mosquito pond tree sword borrow grocery orange business burger"
        ),
        (
            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
            "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo vote"
        ),
        (
            "00ac97c48106f0aeb8ba061e0250a559b3251dc35854e694780ba51d53a50120",
            "absent gorilla van acoustic humor firm title dolphin bulk barely citizen recall crane moment aspect appear track phrase actual enforce steel spoon afraid benefit"
        ),
    ]

    /// `substrate-bip39`'s own vectors (paritytech/substrate-bip39 src/lib.rs, `VECTORS`, all with
    /// password "Substrate"): the mini secret is the first 32 bytes of the listed 64-byte seed.
    static let substrateVectors: [(phrase: String, entropy: String, miniSecret: String)] = [
        (
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
            "00000000000000000000000000000000",
            "44e9d125f037ac1d51f0a7d3649689d422c2af8b1ec8e00d71db4d7bf6d127e3"
        ),
        (
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art",
            "0000000000000000000000000000000000000000000000000000000000000000",
            "44e9d125f037ac1d51f0a7d3649689d422c2af8b1ec8e00d71db4d7bf6d127e3"
        ),
        (
            "legal winner thank year wave sausage worth useful legal winner thank yellow",
            "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
            "4313249608fe8ac10fd5886c92c4579007272cb77c21551ee5b8d60b78041685"
        ),
        (
            "gravity machine north sort system female filter attitude volume fold club stay feature office ecology stable narrow fog",
            "6610b25967cdcca9d59875f5cb50b0ea75433311869e930b",
            "fbcc5229ade0c0ff018cb7a329c5459f91876e4dde2a97ddf03c832eab7f2612"
        ),
        (
            "hamster diagram private dutch cause delay private meat slide toddler razor book happy fancy gospel tennis maple dilemma loan word shrug inflict delay length",
            "68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c",
            "7c60c555126c297deddddd59f8cdcdc9e3608944455824dd604897984b5cc369"
        ),
        (
            "void come effort suffer camp survey warrior heavy shoot primary clutch crush open amazing screen patrol group space point ten exist slush involve unfold",
            "f585c11aec520db57dd353c69554b21a89b20fb0650966fa0a9d6f74fd989d8f",
            "938ba18c3f521f19bd4a399c8425b02c716844325b1a65106b9d1593fbafe5e0"
        ),
    ]

    @Test func wordListIsTheSortedBIP39EnglishList() {
        #expect(Mnemonic.englishWords.count == 2048)
        #expect(Mnemonic.englishWords.first == "abandon")
        #expect(Mnemonic.englishWords.last == "zoo")
        #expect(Mnemonic.englishWords == Mnemonic.englishWords.sorted())
        #expect(Mnemonic.englishIndex.count == 2048)
    }

    @Test(arguments: trezorVectors)
    func entropyEncodesToTheOfficialPhraseAndBack(vector: (entropy: String, phrase: String)) throws {
        let fromEntropy = try Mnemonic(entropy: HexText.bytes(vector.entropy))
        #expect(fromEntropy.phrase == vector.phrase)
        let fromPhrase = try Mnemonic(phrase: vector.phrase)
        #expect(fromPhrase.entropy == HexText.bytes(vector.entropy))
        #expect(fromPhrase == fromEntropy)
    }

    @Test(arguments: substrateVectors)
    func miniSecretMatchesSubstrateBip39WithPassword(
        vector: (phrase: String, entropy: String, miniSecret: String)
    ) throws {
        let mnemonic = try Mnemonic(phrase: vector.phrase)
        #expect(mnemonic.entropy == HexText.bytes(vector.entropy))
        #expect(mnemonic.miniSecret(password: "Substrate") == HexText.bytes(vector.miniSecret))
    }

    /// Dev phrase mini secret: /work/shared/reference/substrate-rpc.md §4; with a password, computed with
    /// py-bip39-bindings 0.3.0 (`bip39_to_mini_secret`, the Rust substrate-bip39 crate).
    @Test func devPhraseGivesTheKnownMiniSecrets() throws {
        let mnemonic = try Mnemonic(phrase: "bottom drive obey lake curtain smoke basket hold race lonely fit walk")
        #expect(
            mnemonic.miniSecret() == HexText.bytes("fac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e"))
        #expect(
            mnemonic.miniSecret(password: "password")
                == HexText.bytes("7093ab08d7abbb67ff41479a98ef998e4be773901f13668a012f51d207577a88"))
    }

    @Test func phraseWithExtraWhitespaceIsReadAndPrintedCanonically() throws {
        let mnemonic = try Mnemonic(
            phrase: "  legal winner thank year\twave sausage worth useful\nlegal winner thank  yellow ")
        #expect(mnemonic.phrase == "legal winner thank year wave sausage worth useful legal winner thank yellow")
    }

    @Test func unknownWordIsNamedWithItsPosition() {
        #expect(throws: MnemonicError.unknownWord("zooo", position: 3)) {
            try Mnemonic(phrase: "zoo zoo zooo zoo zoo zoo zoo zoo zoo zoo zoo wrong")
        }
        #expect(throws: MnemonicError.unknownWord("Zoo", position: 1)) {
            try Mnemonic(phrase: "Zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong")
        }
    }

    @Test func wrongLastWordFailsTheChecksum() {
        #expect(throws: MnemonicError.invalidChecksum) {
            try Mnemonic(phrase: "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo")
        }
        #expect(throws: MnemonicError.invalidChecksum) {
            try Mnemonic(phrase: "walk drive obey lake curtain smoke basket hold race lonely fit bottom")
        }
    }

    @Test(arguments: [0, 1, 11, 13, 23, 25])
    func phraseWithWrongWordCountIsRejected(count: Int) {
        #expect(throws: MnemonicError.invalidWordCount(count)) {
            try Mnemonic(phrase: Array(repeating: "zoo", count: count).joined(separator: " "))
        }
    }

    @Test(arguments: [0, 15, 17, 31, 33, 64])
    func entropyOfWrongLengthIsRejected(length: Int) {
        #expect(throws: MnemonicError.invalidEntropyLength(length)) {
            try Mnemonic(entropy: Array(repeating: 0, count: length))
        }
    }

    @Test(arguments: [12, 15, 18, 21, 24])
    func generatedPhrasesHaveTheRequestedSizeAndReadBack(wordCount: Int) throws {
        let mnemonic = try Mnemonic.generate(wordCount: wordCount)
        #expect(mnemonic.phrase.split(separator: " ").count == wordCount)
        #expect(mnemonic.entropy.count == wordCount * 4 / 3)
        #expect(try Mnemonic(phrase: mnemonic.phrase) == mnemonic)
        #expect(try Mnemonic.generate(wordCount: wordCount) != mnemonic)
    }

    @Test func generatingAnUnsupportedSizeIsRejected() {
        #expect(throws: MnemonicError.invalidWordCount(13)) { try Mnemonic.generate(wordCount: 13) }
    }

    @Test func descriptionNeverShowsTheWords() throws {
        let mnemonic = try Mnemonic(phrase: "legal winner thank year wave sausage worth useful legal winner thank yellow")
        #expect(String(describing: mnemonic) == "Mnemonic(<secret, 12 words>)")
        #expect(!String(reflecting: mnemonic).contains("legal"))
    }
}
