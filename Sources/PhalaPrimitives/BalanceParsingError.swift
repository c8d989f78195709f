/// Why text could not be read as a `Balance`; see `Balance.init(parsing:)` for the grammar.
public enum BalanceParsingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text held no amount.
    case empty
    /// The amount starts with `-`: balances cannot be negative.
    case negative
    /// The text is not `<digits>[.<digits>] [PHA|planck]`; `text` is the part that did not fit.
    case malformed(text: String)
    /// The amount has `count` decimal places; PHA has only 12.
    case tooManyDecimals(count: Int)
    /// A planck amount had a fractional part; planck is indivisible.
    case fractionalPlanck
    /// The amount exceeds `Balance.max` (`u128::MAX` planck).
    case overflow

    /// What was wrong, and what to do about it.
    public var description: String {
        switch self {
        case .empty: "no amount given; write e.g. \"1.5 PHA\" or \"1500000000000 planck\""
        case .negative: "a balance cannot be negative"
        case .malformed(let text):
            "\"\(text)\" is not an amount; write digits with an optional '.' fraction and an optional unit PHA or planck"
        case .tooManyDecimals(let count):
            "the amount has \(count) decimal places but PHA has 12; round it to at most 12"
        case .fractionalPlanck: "planck is the smallest unit and cannot have a fraction; drop the decimals or use PHA"
        case .overflow: "the amount exceeds the largest balance, 2^128 - 1 planck"
        }
    }
}
