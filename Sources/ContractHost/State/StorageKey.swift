/// A key in one contract's storage, in one of pallet-contracts' two namespaces (pink-abi.md §4.1).
///
/// A 32-byte key written through `seal0.set_storage` and the same bytes written through
/// `seal2.set_storage` are different cells, so the namespace is part of the key.
public enum StorageKey: Sendable, Hashable, Comparable {
    /// A fixed 32-byte key (`seal0` functions; ink! 3 layouts).
    case fixed([UInt8])
    /// A variable key of at most 128 bytes (`seal1`/`seal2` functions; ink! 4 layouts).
    case variable([UInt8])

    /// The longest variable key, `MaxStorageKeyLen`.
    public static let maximumVariableLength = 128

    /// Orders fixed keys before variable ones, then bytewise, so storage roots do not depend on
    /// dictionary order.
    public static func < (lhs: StorageKey, rhs: StorageKey) -> Bool {
        lhs.tagged.lexicographicallyPrecedes(rhs.tagged)
    }

    /// The namespace byte (0 fixed, 1 variable) followed by the key: a single byte string per cell.
    public var tagged: [UInt8] {
        switch self {
        case .fixed(let bytes): [0] + bytes
        case .variable(let bytes): [1] + bytes
        }
    }
}
