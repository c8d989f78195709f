/// Reads `--block-time`: decimal seconds such as `1`, `0.5` or `2.25`, exactly, without floating point.
enum BlockTimeArgument {
    /// Parses a positive number of seconds with up to nine decimals.
    /// - Parameter text: the argument.
    /// - Returns: the duration.
    /// - Throws: `CommandError` for anything else, or for zero.
    static func parse(_ text: String) throws -> Duration {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let isDigits: (Substring) -> Bool = { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        guard parts.count <= 2, isDigits(parts[0]), parts.count == 1 || isDigits(parts[1]),
            parts.count == 1 || parts[1].count <= 9, parts[0].count <= 6, let whole = Int64(parts[0])
        else {
            throw CommandError("--block-time \(text) is not a number of seconds such as 1, 0.5 or 6")
        }
        let fraction = parts.count == 2 ? parts[1] + String(repeating: "0", count: 9 - parts[1].count) : "0"
        let nanoseconds = whole * 1_000_000_000 + (Int64(fraction) ?? 0)
        guard nanoseconds > 0 else { throw CommandError("--block-time must be more than zero seconds") }
        return .nanoseconds(nanoseconds)
    }
}
