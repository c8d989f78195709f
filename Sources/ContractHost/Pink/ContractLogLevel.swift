/// How severe a message a contract logs through the pink extension is (pink-abi.md §5.2 id 10).
public enum ContractLogLevel: UInt8, Sendable, Hashable, CaseIterable, Comparable {
    /// Something failed (pink level 1, and any level pink does not know).
    case error = 1
    /// Something looks wrong (2).
    case warn = 2
    /// Normal progress (3).
    case info = 3
    /// Detail for debugging (4).
    case debug = 4
    /// Fine-grained tracing (5).
    case trace = 5

    /// The level of pink's raw level byte; bytes outside 1…5 count as `.error`, as in pink.
    /// - Parameter pinkLevel: the `u8` the contract passed.
    public init(pinkLevel: UInt8) {
        self = ContractLogLevel(rawValue: pinkLevel) ?? .error
    }

    /// Orders by raw value: `.error` is the most severe and the smallest.
    public static func < (lhs: ContractLogLevel, rhs: ContractLogLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
