import PhalaPrimitives

/// Reads `--contract` and `--cluster`: a 32-byte id in 0x-hex, as events and `phala contract` print them.
enum ContractIdArgument {
    /// Parses an id.
    /// - Parameters:
    ///   - text: `0x` and 64 hex digits.
    ///   - option: the option's name for the message, e.g. `--cluster`.
    /// - Returns: the id.
    /// - Throws: `CommandError` saying what form is expected.
    static func parse(_ text: String, option: String) throws -> H256 {
        guard text.hasPrefix("0x"), text.count == 66, let bytes = try? FixedBytes<32>(hex: text) else {
            throw CommandError(
                "\(option) \(text) is not an id: write 0x and 64 hex digits, as the chain's events show it"
            )
        }
        return H256(bytes)
    }
}
