import PhalaPrimitives

/// Reads `--worker`: a worker's 32-byte public key in hex with `0x` (as `/info` and the chain show it).
enum WorkerArgument {
    /// Parses a worker public key.
    /// - Parameter text: `0x` and 64 hex digits.
    /// - Returns: the key.
    /// - Throws: `CommandError` saying what form is expected.
    static func parse(_ text: String) throws -> FixedBytes<32> {
        guard text.hasPrefix("0x"), text.count == 66 else {
            throw CommandError(
                "--worker \(text) is not a worker public key: write 0x and 64 hex digits (the publicKey of the worker's /info)"
            )
        }
        do { return try FixedBytes<32>(hex: text) } catch {
            throw CommandError("--worker \(text) is not hex: \(error)")
        }
    }
}
