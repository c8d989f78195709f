/// One entry of a block's storage change set: a key and its value after the block, or nil when the
/// block removed it.
///
/// The node keeps each block's change set for `state_queryStorage`, `state_subscribeStorage` and, later,
/// pruning; the runtime's overlay produces them sorted by key.
public struct StorageChange: Sendable, Hashable {
    /// The storage key.
    public var key: [UInt8]
    /// The value the block left under `key`, or nil when the block removed it.
    public var value: [UInt8]?

    /// Pairs a key with its new value.
    /// - Parameters:
    ///   - key: the storage key.
    ///   - value: the new value, or nil for a removal.
    public init(key: [UInt8], value: [UInt8]?) {
        self.key = key
        self.value = value
    }
}
