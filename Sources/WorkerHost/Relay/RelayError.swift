import PhalaPrimitives

/// Why the relay could not use what the node sent; the relay logs it, waits and retries.
public struct RelayError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong and what to do.
    public let description: String

    init(_ description: String) {
        self.description = description
    }

    static func missingBlock(_ number: BlockNumber) -> RelayError {
        RelayError("the node has no finalized block #\(number); is it the chain the worker was initialized on?")
    }

    static func missingHeader(_ hash: H256) -> RelayError {
        RelayError("the node does not know block \(hash) although it reported it; retrying")
    }

    static func malformed(_ what: String, _ error: any Error) -> RelayError {
        RelayError("the node sent \(what) that does not decode (\(error)); is it a Phala Swift node?")
    }
}
