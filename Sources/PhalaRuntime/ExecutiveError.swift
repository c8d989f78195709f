public import MerkleTrie
public import RuntimeSupport
public import SCALE

/// Why the executive could not build, import or query a block: the block is invalid, or the node's
/// state is incomplete.
///
/// Distinct from `TransactionValidityError`, which rejects one transaction and leaves the block
/// fine, and from `DispatchError`, which a failed call records in `ExtrinsicFailed`.
public enum ExecutiveError: Swift.Error, Sendable, CustomStringConvertible {
    /// An extrinsic's bytes are not a v4 extrinsic of this runtime's calls.
    case undecodableExtrinsic(ScaleDecodingError)
    /// The parent state lacks a trie node: the node's database is incomplete. Resync the state.
    case state(TrieError)
    /// The state holds a value that does not decode: the database is corrupt.
    case corruptState(DispatchError)
    /// A pallet's block hook failed (a missing timestamp, a slot that does not increase…).
    case hookFailed(pallet: String, DispatchError)
    /// An inherent came after a signed transaction.
    case inherentAfterTransaction(index: Int)
    /// An extrinsic of an imported block is invalid.
    case invalidExtrinsic(index: Int, TransactionValidityError)
    /// An imported block's header does not match what executing it produced.
    case headerMismatch(field: String)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .undecodableExtrinsic(let error): "the extrinsic does not decode: \(error); check its encoding"
        case .state(let error): "the parent state is incomplete: \(error)"
        case .corruptState(let error):
            "the state holds a value that does not decode (\(error)); the database is corrupt, resync it"
        case .hookFailed(let pallet, let error): "\(pallet)'s block hook failed: \(error); the block is invalid"
        case .inherentAfterTransaction(let index):
            "extrinsic \(index) is an inherent after a transaction; inherents come first"
        case .invalidExtrinsic(let index, let error): "extrinsic \(index) is invalid: \(error.reason)"
        case .headerMismatch(let field):
            "the block's \(field) differs from the one its execution produced; the block is invalid"
        }
    }

    /// The executive's view of a state read failure inside a dispatch helper: the backend's own
    /// failure when there was one, else corruption.
    static func reading(_ error: DispatchError, in state: Overlay) -> ExecutiveError {
        if let failure = state.backendFailure { return .state(failure) }
        return .corruptState(error)
    }
}
