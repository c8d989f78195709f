/// Substrate's SS58 address format: how accounts are shown to and typed by users, tagged with the
/// network they belong to.
///
/// An address is `Base58(prefix ‖ payload ‖ checksum)` where the checksum is the start of
/// `blake2b-512("SS58PRE" ‖ prefix ‖ payload)`: 2 bytes for 32- and 33-byte payloads (account ids,
/// compressed ECDSA keys), 1 byte for 1-, 2-, 4- and 8-byte payloads (account indices).
///
/// Network prefixes 0...63 take one byte. Prefixes 64...16383 take two bytes `01aaaaaa bbcccccc`, where
/// `aaaaaabb` is the low byte of the prefix and `cccccc` its high byte, exactly as sp-core's
/// `to_ss58check_with_version` writes them.
///
/// Where this differs from or chooses between Substrate's implementations:
/// - Encoding rejects prefixes above 16383 (sp-core silently masks off the top two bits) and the
///   reserved prefixes 46 and 47 (sp-core would encode them, then refuse to decode them), so every
///   address this produces decodes again. scalecodec's `ss58_encode` rejects the same prefixes.
/// - Decoding rejects 46 and 47 like sp-core's default `format_is_allowed`. Like sp-core and scalecodec,
///   it accepts a two-byte form that carries a prefix below 64, so such an address decodes but
///   re-encodes to the shorter one-byte form.
/// - Besides sp-core's 32-byte account ids, payloads of 1, 2, 4, 8 and 33 bytes are accepted, following
///   the SS58 specification and scalecodec.
public enum SS58 {
    /// The largest network prefix the format can carry.
    public static let maximumPrefix: UInt16 = 16383

    /// Encodes a payload as an SS58 address for a network.
    /// - Parameters:
    ///   - payload: a 32-byte account id, a 33-byte public key, or a 1-, 2-, 4- or 8-byte account index.
    ///   - prefix: the network's registered prefix (42 generic Substrate, 30 Phala, 0 Polkadot).
    /// - Returns: the Base58 address.
    /// - Throws: `SS58Error.invalidPrefix` above 16383, `.reservedPrefix` for 46 and 47,
    ///   `.invalidPayloadLength` for other payload lengths.
    public static func encode(_ payload: [UInt8], prefix: UInt16) throws(SS58Error) -> String {
        guard prefix <= maximumPrefix else { throw .invalidPrefix(prefix) }
        guard !isReserved(prefix) else { throw .reservedPrefix(prefix) }
        guard let checksumLength = checksumByteCount(payloadByteCount: payload.count) else {
            throw .invalidPayloadLength(payload.count)
        }
        var bytes = prefixBytes(prefix)
        bytes.append(contentsOf: payload)
        bytes.append(contentsOf: checksum(of: bytes).prefix(checksumLength))
        return Base58.encode(bytes)
    }

    /// Decodes an SS58 address into its network prefix and payload.
    /// - Parameter address: the Base58 text, without surrounding whitespace.
    /// - Returns: the network prefix and the payload (an account id, public key or account index).
    /// - Throws: `SS58Error.addressTooLong` or `.invalidCharacter` for text that is no Base58 address,
    ///   `.invalidPrefixByte` when the first byte is 128 or more, `.invalidLength` when the byte count
    ///   fits no payload length, `.reservedPrefix` for 46 and 47, `.invalidChecksum` when the checksum
    ///   does not match.
    public static func decode(_ address: String) throws(SS58Error) -> (prefix: UInt16, payload: [UInt8]) {
        let characterCount = address.utf8.count
        guard characterCount <= maximumAddressLength else { throw .addressTooLong(characterCount) }
        let bytes = try Base58.decode(address)
        guard let first = bytes.first else { throw .invalidLength(0) }
        let prefix: UInt16
        let prefixLength: Int
        switch first {
        case 0...63:
            prefix = UInt16(first)
            prefixLength = 1
        case 64...127:
            guard bytes.count >= 2 else { throw .invalidLength(bytes.count) }
            // 01aaaaaa bbcccccc → low byte aaaaaabb, high byte 00cccccc.
            let low = (first << 2) | (bytes[1] >> 6)
            let high = bytes[1] & 0b0011_1111
            prefix = UInt16(low) | UInt16(high) << 8
            prefixLength = 2
        default:
            throw .invalidPrefixByte(first)
        }
        let payloadAndChecksum = bytes.count - prefixLength
        guard let payloadLength = payloadByteCount(payloadAndChecksumByteCount: payloadAndChecksum) else {
            throw .invalidLength(bytes.count)
        }
        guard !isReserved(prefix) else { throw .reservedPrefix(prefix) }
        let checked = prefixLength + payloadLength
        let expected = checksum(of: Array(bytes[..<checked])).prefix(bytes.count - checked)
        guard bytes[checked...].elementsEqual(expected) else { throw .invalidChecksum }
        return (prefix, Array(bytes[prefixLength..<checked]))
    }

    /// Longest text accepted by `decode`: a 37-byte address (two-byte prefix, 33-byte payload, 2-byte
    /// checksum) has at most 51 Base58 characters; the margin keeps hostile input from reaching the
    /// quadratic Base58 decoder.
    static let maximumAddressLength = 64

    /// The SS58 registry's reserved prefixes, which have no standard account format.
    static func isReserved(_ prefix: UInt16) -> Bool {
        prefix == 46 || prefix == 47
    }

    /// The one- or two-byte encoding of a prefix in 0...16383.
    static func prefixBytes(_ prefix: UInt16) -> [UInt8] {
        if prefix < 64 { return [UInt8(prefix)] }
        // Low byte aaaaaabb, high byte 00cccccc → 01aaaaaa bbcccccc.
        let first = UInt8((prefix & 0b1111_1100) >> 2) | 0b0100_0000
        let second = UInt8(prefix >> 8) | UInt8(prefix & 0b0000_0011) << 6
        return [first, second]
    }

    /// Checksum length for a payload length, nil when SS58 does not support that length.
    static func checksumByteCount(payloadByteCount: Int) -> Int? {
        switch payloadByteCount {
        case 1, 2, 4, 8: 1
        case 32, 33: 2
        default: nil
        }
    }

    /// Payload length for the bytes after the prefix, nil when no payload length fits.
    static func payloadByteCount(payloadAndChecksumByteCount count: Int) -> Int? {
        switch count {
        case 2, 3, 5, 9: count - 1
        case 34, 35: count - 2
        default: nil
        }
    }

    /// `blake2b-512("SS58PRE" ‖ body)`; its first bytes are the checksum.
    static func checksum(of body: [UInt8]) -> [UInt8] {
        var hasher = Blake2b(outputByteCount: 64)
        hasher.update(checksumContext)
        hasher.update(body)
        return hasher.finalize()
    }

    /// The checksum's domain separator, "SS58PRE".
    private static let checksumContext = Array("SS58PRE".utf8)
}
