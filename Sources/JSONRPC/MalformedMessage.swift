/// Why a message received from a JSON-RPC server could not be understood (not JSON, or not JSON-RPC).
public struct MalformedMessage: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong with the message.
    public let reason: String

    /// Creates the error with `reason`, a sentence saying what was wrong.
    public init(_ reason: String) {
        self.reason = reason
    }

    /// Why the message is not a JSON-RPC message.
    public var description: String { "malformed JSON-RPC message: \(reason)" }
}
