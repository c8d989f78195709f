/// Why a node could not start or stopped; each case says what to do.
public enum NodeError: Error, Sendable, CustomStringConvertible {
    /// The data directory cannot be created or used.
    case dataDirectory(path: String, detail: String)
    /// The database cannot be opened or read.
    case database(path: String, detail: String)
    /// The chain spec does not produce a valid genesis.
    case invalidChainSpec(detail: String)
    /// The database holds another chain than the spec describes.
    case genesisMismatch(stored: String, expected: String, path: String)
    /// The block time is not a whole number of milliseconds between 1 ms and one hour.
    case invalidBlockTime(Duration)
    /// The stored chain's best slot is ahead of the current one: it was built with a shorter block time.
    case blockTimeChanged(bestSlot: UInt64, currentSlot: UInt64)
    /// Building or committing a block failed.
    case authoring(String)
    /// Importing a block failed: it is invalid, its parent is unknown, or the commit failed.
    case importFailed(String)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .dataDirectory(let path, let detail):
            "cannot use the data directory \(path): \(detail); choose another with --base-path or use --tmp"
        case .database(let path, let detail):
            "cannot open the chain database \(path): \(detail); if another node uses it, stop that one first"
        case .invalidChainSpec(let detail): "the chain spec is invalid: \(detail)"
        case .genesisMismatch(let stored, let expected, let path):
            "the database at \(path) holds chain \(stored), but the chain spec's genesis is \(expected); "
                + "use another --base-path, or delete the directory to start over"
        case .invalidBlockTime(let duration):
            "the block time \(duration) is not between 1 ms and 1 hour in whole milliseconds"
        case .blockTimeChanged(let bestSlot, let currentSlot):
            "the chain's best block is in slot \(bestSlot) but the current slot is \(currentSlot): the chain was built with a "
                + "shorter block time; start it with the --block-time it was created with"
        case .authoring(let detail): "block authoring failed: \(detail)"
        case .importFailed(let detail): "block import failed: \(detail)"
        }
    }
}
