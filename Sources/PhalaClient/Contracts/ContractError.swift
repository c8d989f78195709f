/// Why a contract bundle could not be read, or a value could not be encoded for or decoded from a
/// contract, with a message that names the argument or field and what to write instead.
///
/// A struct over a kind that may grow; compare `kind` with the static members of `Kind`.
public struct ContractError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The category of failure.
    public struct Kind: Sendable, Hashable {
        private let code: UInt8
        private init(_ code: UInt8) { self.code = code }

        /// The `.contract` file is not JSON or lacks a part this reader needs.
        public static let invalidBundle = Kind(0)
        /// No constructor or message has the label asked for.
        public static let unknownMessage = Kind(1)
        /// An argument value does not fit its type, or the argument count is wrong.
        public static let invalidArgument = Kind(2)
        /// Bytes a contract returned do not decode as the declared type.
        public static let invalidResult = Kind(3)
    }

    /// What kind of failure this is.
    public let kind: Kind
    /// What went wrong and what to do about it.
    public let description: String

    init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    /// The same failure with `context` (e.g. "argument `to`") put in front of its message.
    func within(_ context: String) -> ContractError {
        ContractError(kind, "\(context): \(description)")
    }
}
