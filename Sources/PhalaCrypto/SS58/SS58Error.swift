/// Why a string is not an SS58 address, or why a payload cannot be encoded as one.
public enum SS58Error: Error, Equatable, Sendable, CustomStringConvertible {
    /// The address contains a character outside the Base58 (Bitcoin) alphabet.
    case invalidCharacter(Character)
    /// The address decodes to this many bytes, which fits no supported payload length.
    case invalidLength(Int)
    /// The address is longer than any SS58 address (this many characters).
    case addressTooLong(Int)
    /// The payload to encode has this many bytes; SS58 takes 1, 2, 4, 8, 32 or 33.
    case invalidPayloadLength(Int)
    /// The checksum at the end of the address does not match its contents.
    case invalidChecksum
    /// The address's first byte (this value, 128...255) starts no SS58 prefix form.
    case invalidPrefixByte(UInt8)
    /// The network prefix is above 16383, the largest the two-byte form can carry.
    case invalidPrefix(UInt16)
    /// The network prefix is 46 or 47, which the SS58 registry reserves and Substrate refuses.
    case reservedPrefix(UInt16)

    /// What was wrong and what to do about it.
    public var description: String {
        switch self {
        case .invalidCharacter(let character):
            "SS58 address contains \"\(character)\", which is not a Base58 character (0, O, I and l never "
                + "occur); check the address for a typo"
        case .invalidLength(let count):
            "SS58 address decodes to \(count) bytes, which fits no supported payload (1, 2, 4, 8, 32 or 33 "
                + "bytes plus prefix and checksum); check that the whole address was copied"
        case .addressTooLong(let count):
            "SS58 address has \(count) characters, more than any SS58 address; pass a single address"
        case .invalidPayloadLength(let count):
            "cannot SS58-encode a \(count)-byte payload; pass a 32-byte account id, a 33-byte public key "
                + "or a 1-, 2-, 4- or 8-byte account index"
        case .invalidChecksum:
            "SS58 address checksum does not match; the address is mistyped or corrupted"
        case .invalidPrefixByte(let byte):
            "SS58 address starts with byte \(byte), but prefixes are encoded in bytes 0...127; "
                + "this is not an SS58 address"
        case .invalidPrefix(let prefix):
            "SS58 prefix \(prefix) is out of range; network prefixes are 0...16383"
        case .reservedPrefix(let prefix):
            "SS58 prefix \(prefix) is reserved and used by no network; use the chain's registered prefix "
                + "(42 for generic Substrate, 30 for Phala)"
        }
    }
}
