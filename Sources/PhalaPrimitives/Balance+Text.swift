// Reading and writing balances as text, for the CLI, configuration files, logs and tests.

extension Balance {
    /// Parses an amount written by a person or a configuration file.
    ///
    /// Grammar (spaces around the parts are optional; the unit is case-insensitive):
    ///
    ///     balance := amount [unit]
    ///     amount  := digit+ ["." digit+]
    ///     unit    := "PHA" | "planck"
    ///
    /// With no unit the amount is in PHA. A PHA amount may have up to 12 decimals (`"0.000000000001"`
    /// is one planck); a planck amount must be whole. Signs, exponents, digit separators and a bare
    /// `"."` are rejected. Examples: `"1.5 PHA"`, `"1.5PHA"`, `"1.5"`, `"1500000000000 planck"`.
    /// - Parameter text: the amount.
    /// - Throws: `BalanceParsingError` saying what was wrong.
    public init(parsing text: String) throws(BalanceParsingError) {
        var trimmed = Array(text.utf8)[...].drop(while: Self.isSpace)
        while let last = trimmed.last, Self.isSpace(last) { trimmed.removeLast() }
        guard let first = trimmed.first else { throw .empty }
        guard first != UInt8(ascii: "-") else { throw .negative }

        let whole = trimmed.prefix(while: Self.isDigit)
        var rest = trimmed.dropFirst(whole.count)
        var fraction: ArraySlice<UInt8> = []
        if rest.first == UInt8(ascii: ".") {
            fraction = rest.dropFirst().prefix(while: Self.isDigit)
            guard !fraction.isEmpty else { throw .malformed(text: text) }
            rest = rest.dropFirst(1 + fraction.count)
        }
        guard !whole.isEmpty else { throw .malformed(text: text) }
        let unit = String(decoding: rest.drop(while: Self.isSpace), as: UTF8.self).lowercased()

        switch unit {
        case "", "pha":
            guard fraction.count <= Self.decimals else { throw .tooManyDecimals(count: fraction.count) }
            let padded = Array(fraction) + [UInt8](repeating: UInt8(ascii: "0"), count: Self.decimals - fraction.count)
            guard let wholePHA = Self.integer(whole),
                let scaled = Self.multiply(wholePHA, Self.planckPerPHA),
                let fractional = Self.integer(padded[...]),
                let total = Balance(planck: scaled).checkedAdding(Balance(planck: fractional))
            else { throw .overflow }
            self = total
        case "planck":
            guard fraction.isEmpty else { throw .fractionalPlanck }
            guard let planck = Self.integer(whole) else { throw .overflow }
            self = Balance(planck: planck)
        default:
            throw .malformed(text: text)
        }
    }

    /// The amount in PHA with trailing zero decimals removed: `"1.5 PHA"`, `"0 PHA"`, `"0.000000000001 PHA"`.
    ///
    /// `Balance(parsing: b.description) == b` for every balance.
    public var description: String {
        let whole = planck / Self.planckPerPHA
        let fraction = planck % Self.planckPerPHA
        guard fraction != 0 else { return "\(whole) PHA" }
        var digits = String(fraction)
        digits = String(repeating: "0", count: Self.decimals - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits) PHA"
    }

    /// The exact amount in planck: `"1500000000000 planck"`.
    public var planckDescription: String { "\(planck) planck" }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// The decimal digits as an integer, or `nil` when it exceeds `UInt128`.
    private static func integer(_ digits: some Collection<UInt8>) -> UInt128? {
        var value: UInt128 = 0
        for digit in digits {
            guard let shifted = multiply(value, 10) else { return nil }
            let (sum, overflow) = shifted.addingReportingOverflow(UInt128(digit - UInt8(ascii: "0")))
            guard !overflow else { return nil }
            value = sum
        }
        return value
    }

    private static func multiply(_ lhs: UInt128, _ rhs: UInt128) -> UInt128? {
        let (product, overflow) = lhs.multipliedReportingOverflow(by: rhs)
        return overflow ? nil : product
    }
}

extension Balance: CustomStringConvertible {}
