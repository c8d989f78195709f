/// How nested storage transactions went wrong, inside `DispatchError.transactional` (sp-runtime's
/// `TransactionalError`). Raw values are sp-runtime's variant indices.
public enum TransactionalError: UInt8, Sendable, Hashable, CaseIterable {
    /// `Overlay.transactionLimit` transactions were already open.
    case limitReached = 0
    /// A transaction was to be closed while none was open.
    case noLayer = 1
}
