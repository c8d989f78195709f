/// Converts between bytes and the `0x`-prefixed hex text that RPC, logs and test vectors use.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// `bytes` as `0x` followed by two lowercase digits per byte.
    /// - Parameter bytes: any bytes.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = [UInt8(ascii: "0"), UInt8(ascii: "x")]
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The bytes written in `text`: hex digits in either case, optionally prefixed by `0x` or `0X`.
    /// - Parameter text: the hex text.
    /// - Throws: `FixedBytesError.oddHexDigitCount` or `.invalidHexDigit`.
    public static func decode(_ text: String) throws(FixedBytesError) -> [UInt8] {
        var utf8 = Substring(text).utf8[...]
        if utf8.starts(with: "0x".utf8) || utf8.starts(with: "0X".utf8) { utf8 = utf8.dropFirst(2) }
        guard utf8.count.isMultiple(of: 2) else { throw .oddHexDigitCount(utf8.count) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        var high: UInt8 = 0
        for (position, character) in utf8.enumerated() {
            guard let nibble = value(of: character) else { throw .invalidHexDigit(position: position) }
            if position.isMultiple(of: 2) {
                high = nibble << 4
            } else {
                bytes.append(high | nibble)
            }
        }
        return bytes
    }

    private static func value(of character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
