/// Why bytes or hex text could not become a fixed-size value such as `FixedBytes`, `H256` or `AccountId32`.
public enum FixedBytesError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input held `actual` bytes where the type needs exactly `expected`.
    case wrongLength(expected: Int, actual: Int)
    /// Hex text had an odd number of digits, so its last byte is incomplete.
    case oddHexDigitCount(Int)
    /// The character at UTF-8 offset `position` (counted after any `0x`) is not a hex digit.
    case invalidHexDigit(position: Int)

    /// What was wrong, and what to do about it.
    public var description: String {
        switch self {
        case .wrongLength(let expected, let actual):
            "expected exactly \(expected) bytes but got \(actual); check that the value is complete and of the right kind"
        case .oddHexDigitCount(let count):
            "hex text has an odd number of digits (\(count)); every byte needs two digits"
        case .invalidHexDigit(let position):
            "character \(position) after any 0x prefix is not a hex digit; use only 0-9, a-f and A-F"
        }
    }
}
