public import PhalaCrypto
public import SCALE

/// A typed map with two keys (FRAME's `StorageDoubleMap`): each entry under
/// `twox128(pallet) ‖ twox128(name) ‖ hasher1(SCALE(key1)) ‖ hasher2(SCALE(key2))`, so all entries of one
/// first key share a prefix and can be listed together.
public struct StorageDoubleMap<
    Key1: ScaleCodable & Sendable,
    Key2: ScaleCodable & Sendable,
    Value: ScaleCodable & Sendable
>:
    Sendable
{
    /// The pallet, the item name and the key prefix.
    public let location: StorageLocation
    /// How the first key is hashed.
    public let hasher1: StorageHasher
    /// How the second key is hashed.
    public let hasher2: StorageHasher
    /// What an absent entry reads as; nil for an optional item.
    public let defaultValue: Value?

    /// Declares a double map.
    /// - Parameters:
    ///   - pallet: the pallet's storage prefix.
    ///   - name: the item's name.
    ///   - hasher1: the first key's hasher.
    ///   - hasher2: the second key's hasher.
    ///   - default: what an absent entry reads as; nil makes the item optional.
    public init(
        pallet: String,
        name: String,
        hasher1: StorageHasher,
        hasher2: StorageHasher,
        default defaultValue: Value? = nil
    ) {
        location = StorageLocation(pallet: pallet, item: name)
        self.hasher1 = hasher1
        self.hasher2 = hasher2
        self.defaultValue = defaultValue
    }

    /// Whether metadata lists the item as optional or defaulted.
    public var modifier: StorageModifier { defaultValue == nil ? .optional : .default }

    /// The key prefix shared by every entry whose first key is `key1`.
    /// - Parameter key1: the first key.
    /// - Returns: `prefix ‖ hasher1(SCALE(key1))`.
    public func storageKeyPrefix(for key1: Key1) -> [UInt8] {
        location.prefix + hasher1.hash(key1.scaleEncoded())
    }

    /// The storage key of the entry for `(key1, key2)`.
    /// - Parameters:
    ///   - key1: the first key.
    ///   - key2: the second key.
    /// - Returns: the full storage key.
    public func storageKey(for key1: Key1, _ key2: Key2) -> [UInt8] {
        storageKeyPrefix(for: key1) + hasher2.hash(key2.scaleEncoded())
    }

    /// The stored value, else the default (nil for an optional item).
    /// - Parameters:
    ///   - key1: the first key.
    ///   - key2: the second key.
    ///   - state: the block's state.
    /// - Returns: the value, or nil.
    /// - Throws: `DispatchError.corruption` or `.unavailable`, as `StorageMap.get(_:in:)`.
    public func get(_ key1: Key1, _ key2: Key2, in state: inout Overlay) throws(DispatchError) -> Value? {
        try state.decoded(Value.self, forKey: storageKey(for: key1, key2)) ?? defaultValue
    }

    /// Stores `value` for `(key1, key2)`.
    /// - Parameters:
    ///   - value: the new value.
    ///   - key1: the first key.
    ///   - key2: the second key.
    ///   - state: the block's state.
    public func insert(_ value: Value, for key1: Key1, _ key2: Key2, in state: inout Overlay) {
        state.set(value.scaleEncoded(), forKey: storageKey(for: key1, key2))
    }

    /// Removes the entry for `(key1, key2)`.
    /// - Parameters:
    ///   - key1: the first key.
    ///   - key2: the second key.
    ///   - state: the block's state.
    public func remove(_ key1: Key1, _ key2: Key2, in state: inout Overlay) {
        state.remove(key: storageKey(for: key1, key2))
    }

    /// Every entry under `key1`, in storage-key order, with the second key recovered.
    ///
    /// Only when the second hasher keeps the key (`hasher2.concatenatesInput`).
    /// - Parameters:
    ///   - key1: the first key.
    ///   - state: the block's state.
    /// - Returns: `(key2, value)` pairs.
    /// - Throws: `DispatchError.corruption` when a key or value does not decode, `.unavailable` when
    ///   the state cannot be read.
    public func entries(_ key1: Key1, in state: inout Overlay) throws(DispatchError) -> [(key: Key2, value: Value)] {
        precondition(hasher2.concatenatesInput, "\(location.item) uses \(hasher2), which cannot recover keys")
        let prefix = storageKeyPrefix(for: key1)
        let skip = prefix.count + hasher2.digestByteCount
        var result: [(key: Key2, value: Value)] = []
        for storageKey in try state.storageKeys(prefix: prefix) {
            guard storageKey.count >= skip, let value = try state.decoded(Value.self, forKey: storageKey) else {
                throw .corruption
            }
            do {
                result.append((try Key2(scaleDecoding: Array(storageKey[skip...])), value))
            } catch {
                throw .corruption
            }
        }
        return result
    }
}
