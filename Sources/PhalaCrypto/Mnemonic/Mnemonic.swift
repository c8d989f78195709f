import Crypto

/// A BIP39 English recovery phrase and the entropy it encodes, the human-writable form of a Substrate secret.
///
/// Substrate does not use the BIP39 seed (PBKDF2 over the phrase text): `substrate-bip39` stretches the
/// entropy bytes instead, so the same phrase gives different keys in Substrate and in Bitcoin wallets.
/// `miniSecret(password:)` implements the Substrate way; that is what sr25519 and ed25519 keys start from.
/// Its `description` shows only the word count, never the words.
public struct Mnemonic: Sendable, Equatable, CustomStringConvertible {
    /// The words separated by single spaces, in the canonical form BIP39 wallets print.
    public let phrase: String
    /// The 16 to 32 bytes of randomness the words encode (without the checksum bits).
    public let entropy: [UInt8]

    /// Entropy sizes in bytes that BIP39 allows, for 12, 15, 18, 21 and 24 words.
    static let entropyLengths = [16, 20, 24, 28, 32]

    /// Reads a phrase someone typed, checking every word and the checksum.
    ///
    /// Words may be separated by any run of spaces, tabs or newlines; they must be lower case.
    /// - Parameter phrase: 12, 15, 18, 21 or 24 words from the BIP39 English list.
    /// - Throws: `MnemonicError.invalidWordCount`, `.unknownWord` (naming the first bad word) or
    ///   `.invalidChecksum`.
    public init(phrase: String) throws(MnemonicError) {
        let words = phrase.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard [12, 15, 18, 21, 24].contains(words.count) else { throw .invalidWordCount(words.count) }
        var bits = BitWriter()
        for (offset, word) in words.enumerated() {
            guard let index = Self.englishIndex[String(word)] else {
                throw .unknownWord(String(word), position: offset + 1)
            }
            bits.append(index, bitCount: 11)
        }
        let entropyLength = words.count * 4 / 3
        let entropy = Array(bits.bytes.prefix(entropyLength))
        guard Self.encode(entropy) == words.map(String.init) else { throw .invalidChecksum }
        self.entropy = entropy
        self.phrase = words.joined(separator: " ")
    }

    /// Encodes existing entropy as words.
    /// - Parameter entropy: 16, 20, 24, 28 or 32 bytes.
    /// - Throws: `MnemonicError.invalidEntropyLength` for any other size.
    public init(entropy: [UInt8]) throws(MnemonicError) {
        guard Self.entropyLengths.contains(entropy.count) else { throw .invalidEntropyLength(entropy.count) }
        self.entropy = entropy
        self.phrase = Self.encode(entropy).joined(separator: " ")
    }

    /// Makes a fresh random phrase from the system's cryptographically secure generator.
    /// - Parameter wordCount: 12, 15, 18, 21 or 24.
    /// - Returns: a new mnemonic; write its `phrase` down to recover the keys later.
    /// - Throws: `MnemonicError.invalidWordCount` for any other count.
    public static func generate(wordCount: Int) throws(MnemonicError) -> Mnemonic {
        guard [12, 15, 18, 21, 24].contains(wordCount) else { throw .invalidWordCount(wordCount) }
        var generator = SystemRandomNumberGenerator()
        let entropy = (0..<wordCount * 4 / 3).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return try Mnemonic(entropy: entropy)
    }

    /// The 32-byte mini secret Substrate derives keys from (`substrate-bip39`'s `mini_secret_from_entropy`).
    ///
    /// It is the first half of PBKDF2-HMAC-SHA512 with the entropy bytes as password, `"mnemonic" + password`
    /// as salt and 2048 rounds. An empty password is the same as none.
    /// - Parameter password: the optional extra secret, `///password` in a secret URI.
    /// - Returns: 32 bytes, the sr25519 mini secret key or the ed25519 seed.
    public func miniSecret(password: String = "") -> [UInt8] {
        let seed = PBKDF2.sha512(
            password: entropy, salt: Array("mnemonic\(password)".utf8), iterations: 2048, outputByteCount: 64)
        return Array(seed.prefix(32))
    }

    /// A description without the secret words.
    public var description: String { "Mnemonic(<secret, \(entropy.count * 3 / 4) words>)" }

    /// Index of each English word, for reading phrases.
    static let englishIndex: [String: Int] = Dictionary(
        uniqueKeysWithValues: englishWords.enumerated().map { ($0.element, $0.offset) })

    /// The words for `entropy`: its bits followed by the first `entropy.count / 4` bits of its SHA-256,
    /// read 11 bits at a time.
    private static func encode(_ entropy: [UInt8]) -> [String] {
        let checksum = Array(SHA256.hash(data: entropy))[0]
        let bytes = entropy + [checksum]
        let wordCount = entropy.count * 3 / 4
        return (0..<wordCount).map { word in
            var index = 0
            for bit in word * 11..<word * 11 + 11 {
                index = index << 1 | Int(bytes[bit / 8] >> (7 - bit % 8) & 1)
            }
            return englishWords[index]
        }
    }
}

/// Packs values most significant bit first, as BIP39 lays word indices out.
private struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var bitCount = 0

    mutating func append(_ value: Int, bitCount width: Int) {
        for shift in stride(from: width - 1, through: 0, by: -1) {
            if bitCount % 8 == 0 { bytes.append(0) }
            bytes[bytes.count - 1] |= UInt8(value >> shift & 1) << (7 - bitCount % 8)
            bitCount += 1
        }
    }
}
