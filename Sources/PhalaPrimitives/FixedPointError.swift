/// Why a `U64F64` computation or conversion has no result.
public enum FixedPointError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The result does not fit the target type (`U64F64`, the U80F48 intermediate, or `Balance`).
    case overflow
    /// The result would be negative, which an unsigned fixed-point number cannot hold.
    case underflow
    /// A division by zero.
    case divisionByZero
    /// The text is not a decimal number `<digits>[.<digits>]`.
    case malformedLiteral(String)

    /// What was wrong, and what to do about it.
    public var description: String {
        switch self {
        case .overflow: "the result is too large for the fixed-point or balance type"
        case .underflow: "the result would be negative; unsigned fixed-point values cannot be"
        case .divisionByZero: "division by zero"
        case .malformedLiteral(let text):
            "\"\(text)\" is not a decimal number; write digits with an optional '.' fraction"
        }
    }
}
