import PhalaPrimitives

/// Reads `--amount`: PHA with a unit (`1.5PHA`, `1.5 PHA`, `0.001 pha`), or a whole number of planck
/// (`1500000000000`, or with the unit, `1500000000000 planck`).
///
/// A bare decimal such as `1.5` is refused: without a unit it could mean PHA or planck.
enum AmountArgument {
    /// Parses an amount.
    /// - Parameter text: the argument.
    /// - Returns: the amount.
    /// - Throws: `CommandError` saying what was wrong and showing the accepted forms.
    static func parse(_ text: String) throws -> Balance {
        let trimmed = text.trimmingWhitespace()
        if !trimmed.isEmpty, trimmed.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            guard let planck = UInt128(trimmed) else {
                throw CommandError("\(text) planck is more than a balance can hold (at most \(UInt128.max))")
            }
            return Balance(planck: planck)
        }
        guard trimmed.contains(where: \.isLetter) else {
            throw CommandError(
                "\"\(text)\" has no unit: write PHA (1.5PHA, \"1.5 PHA\") or a whole number of planck (1500000000000)"
            )
        }
        do {
            return try Balance(parsing: trimmed)
        } catch {
            throw CommandError(
                "\"\(text)\" is not an amount (\(error)); write 1.5PHA, \"1.5 PHA\" or a whole number of planck"
            )
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
