/// A storage hasher as named in runtime metadata (`StorageHasher` in metadata V14), so storage
/// definitions can say which hasher each map key uses and clients can rebuild the key.
///
/// Raw values are the metadata enum indices and never change.
public enum StorageHasher: UInt8, Sendable, CaseIterable {
    /// BLAKE2b, 16-byte digest, input dropped.
    case blake2_128 = 0
    /// BLAKE2b, 32-byte digest, input dropped.
    case blake2_256 = 1
    /// BLAKE2b 16-byte digest followed by the input.
    case blake2_128Concat = 2
    /// XXH64 with seeds 0 and 1, input dropped.
    case twox128 = 3
    /// XXH64 with seeds 0 to 3, input dropped.
    case twox256 = 4
    /// XXH64 with seed 0 followed by the input.
    case twox64Concat = 5
    /// The input itself.
    case identity = 6

    /// Hashes one SCALE-encoded map key.
    /// - Parameter key: the SCALE encoding of the key.
    /// - Returns: the bytes this hasher contributes to the storage key.
    public func hash(_ key: [UInt8]) -> [UInt8] {
        switch self {
        case .blake2_128: Hashing.blake2_128(key)
        case .blake2_256: Hashing.blake2_256(key)
        case .blake2_128Concat: Hashing.blake2_128Concat(key)
        case .twox128: Hashing.twox128(key)
        case .twox256: Hashing.twox256(key)
        case .twox64Concat: Hashing.twox64Concat(key)
        case .identity: Hashing.identity(key)
        }
    }

    /// Whether the hashed key ends with the original key, so iterating the map can recover keys
    /// (true for `blake2_128Concat`, `twox64Concat` and `identity`).
    public var concatenatesInput: Bool {
        switch self {
        case .blake2_128Concat, .twox64Concat, .identity: true
        case .blake2_128, .blake2_256, .twox128, .twox256: false
        }
    }

    /// How many digest bytes precede the original key (16 for `blake2_128Concat`, 8 for
    /// `twox64Concat`, 0 for `identity`), or the whole hashed length for hashers that drop the key.
    public var digestByteCount: Int {
        switch self {
        case .blake2_128, .blake2_128Concat, .twox128: 16
        case .blake2_256, .twox256: 32
        case .twox64Concat: 8
        case .identity: 0
        }
    }
}
