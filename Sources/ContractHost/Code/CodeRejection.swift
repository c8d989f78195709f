/// Why uploaded contract code was refused, with what to change (pallet-contracts' `CodeRejected`).
public struct CodeRejection: Swift.Error, Sendable, Hashable, CustomStringConvertible {
    /// The rule the code broke, in words a contract developer can act on.
    public let reason: String
    /// The pallet error pink would report for this rejection: `codeTooLarge` or `codeRejected`.
    public let error: ContractsError

    init(_ reason: String, error: ContractsError = .codeRejected) {
        self.reason = reason
        self.error = error
    }

    /// "contract code rejected: …" followed by the broken rule.
    public var description: String { "contract code rejected: \(reason)" }
}
