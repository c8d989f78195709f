import PhalaPrimitives

/// Reads `--commission`: a percentage with up to four decimals (`50%`, `12.5%`, `0.0001%`), stored as
/// parts per million (`Permill`), exactly, without floating point.
enum CommissionArgument {
    /// Parses a commission.
    /// - Parameter text: a number of percent followed by `%`.
    /// - Returns: the commission in parts per million.
    /// - Throws: `CommandError` for another form, more than four decimals, or more than 100%.
    static func parse(_ text: String) throws -> Permill {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasSuffix("%") else {
            throw CommandError("--commission \(text) needs a percent sign: write 20%, 12.5% or 0%")
        }
        let number = String(trimmed.dropLast()).trimmingWhitespace()
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        let isDigits: (Substring) -> Bool = { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        guard parts.count <= 2, isDigits(parts[0]), parts[0].count <= 3, parts.count == 1 || isDigits(parts[1]),
            parts.count == 1 || parts[1].count <= 4, let whole = UInt32(parts[0])
        else {
            throw CommandError(
                "--commission \(text) is not a percentage with at most four decimals, such as 20% or 12.5%"
            )
        }
        let fraction = parts.count == 2 ? parts[1] + String(repeating: "0", count: 4 - parts[1].count) : "0"
        let parts32 = whole * 10_000 + (UInt32(fraction) ?? 0)
        guard parts32 <= Permill.accuracy else { throw CommandError("--commission \(text) is more than 100%") }
        return Permill(parts: parts32)
    }

    /// A commission as a percentage: `20%`, `12.5%`.
    static func format(_ commission: Permill) -> String {
        let whole = commission.parts / 10_000
        let fraction = commission.parts % 10_000
        guard fraction != 0 else { return "\(whole)%" }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 4 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)%"
    }
}
