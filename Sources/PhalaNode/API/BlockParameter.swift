import JSONRPC
import PhalaPrimitives

/// Reads the ways Substrate methods name a block: a 32-byte hash, or a height as a JSON number or a
/// hex string (`chain_getBlockHash`'s `NumberOrHex`).
enum BlockParameter {
    /// The block hash at `position`, or nil when the parameter is absent or `null`.
    /// - Throws: -32602 "expected a 32-byte block hash as 0x-prefixed hex at position N" otherwise.
    static func optionalHash(_ params: Params, at position: Int) throws(RPCError) -> H256? {
        guard let value = try params.value(at: position), value != .null else { return nil }
        return try hash(value, at: position)
    }

    /// The block hash in `value`, the parameter at `position`.
    /// - Throws: -32602 when `value` is not `0x` and 64 hex digits.
    static func hash(_ value: JSONValue, at position: Int) throws(RPCError) -> H256 {
        guard let text = value.string, let bytes = hexBytes(text), let hash = try? H256(bytes: bytes) else {
            throw .invalidParams(
                "expected a 32-byte block hash as 0x-prefixed hex at position \(position), got \(describe(value))"
            )
        }
        return hash
    }

    /// A block height written as a JSON number or as a `0x`-prefixed hex string.
    /// - Throws: -32602 for anything else, or for a height above `u32::MAX`.
    static func number(_ value: JSONValue, at position: Int) throws(RPCError) -> BlockNumber {
        let wide: UInt64?
        if let number = value.uint64 {
            wide = number
        } else if let text = value.string, text.hasPrefix("0x"), text.count > 2, text.count <= 18 {
            wide = UInt64(text.dropFirst(2), radix: 16)
        } else {
            wide = nil
        }
        guard let wide else {
            throw .invalidParams(
                "expected a block number (a non-negative integer or 0x-prefixed hex) at position \(position), got \(describe(value))"
            )
        }
        guard let number = BlockNumber(exactly: wide) else {
            throw .invalidParams(
                "block number \(wide) at position \(position) is above the largest block number \(BlockNumber.max)"
            )
        }
        return number
    }

    /// The bytes of `0x`-prefixed hex text (digits in either case), or nil.
    static func hexBytes(_ text: String) -> [UInt8]? {
        guard text.hasPrefix("0x") || text.hasPrefix("0X") else { return nil }
        let digits = Array(text.utf8.dropFirst(2))
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// How a wrong parameter looked, for error messages: strings quoted (shortened), other kinds named.
    static func describe(_ value: JSONValue) -> String {
        guard let text = value.string else { return value.kindDescription }
        return text.count > 80 ? "the string \"\(text.prefix(77))...\"" : "the string \"\(text)\""
    }
}
