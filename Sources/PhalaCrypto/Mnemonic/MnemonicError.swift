/// Why a BIP39 phrase or entropy could not become a `Mnemonic`.
///
/// Every case names the offending input so that a person can fix the phrase by hand.
public enum MnemonicError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A word is not in the BIP39 English list; `position` counts from 1.
    case unknownWord(String, position: Int)
    /// Every word is known but the checksum bits at the end do not match the entropy.
    case invalidChecksum
    /// The phrase (or the requested size) does not have 12, 15, 18, 21 or 24 words.
    case invalidWordCount(Int)
    /// The entropy is not 16, 20, 24, 28 or 32 bytes long.
    case invalidEntropyLength(Int)

    /// What was wrong and what to do about it.
    public var description: String {
        switch self {
        case .unknownWord(let word, let position):
            "word \(position) \"\(word)\" is not in the BIP39 English word list: "
                + "check its spelling (words are lower case)"
        case .invalidChecksum:
            "the phrase's checksum does not match: a word is probably wrong or the words are out of order"
        case .invalidWordCount(let count):
            "a phrase has 12, 15, 18, 21 or 24 words, not \(count): check that no word is missing or doubled"
        case .invalidEntropyLength(let length):
            "BIP39 entropy is 16, 20, 24, 28 or 32 bytes, not \(length)"
        }
    }
}
