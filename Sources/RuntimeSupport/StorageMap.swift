public import PhalaCrypto
public import SCALE

/// A typed map in state (FRAME's `StorageMap`): each entry under
/// `twox128(pallet) ‖ twox128(name) ‖ hasher(SCALE(key))`.
///
/// Use a `…Concat` hasher (or identity) when the map must be iterated, since only those keep the key
/// recoverable, and a `blake2` hasher for keys an attacker chooses. An item declared with a `default`
/// reads absent entries as that default (FRAME's `ValueQuery`).
public struct StorageMap<Key: ScaleCodable & Sendable, Value: ScaleCodable & Sendable>: Sendable {
    /// The pallet, the item name and the key prefix.
    public let location: StorageLocation
    /// How the encoded key is hashed into the storage key.
    public let hasher: StorageHasher
    /// What an absent entry reads as; nil for an optional item.
    public let defaultValue: Value?

    /// Declares a map.
    /// - Parameters:
    ///   - pallet: the pallet's storage prefix, e.g. `"System"`.
    ///   - name: the item's name, e.g. `"Account"`.
    ///   - hasher: the key hasher, e.g. `.blake2_128Concat`.
    ///   - default: what an absent entry reads as; nil makes the item optional.
    public init(pallet: String, name: String, hasher: StorageHasher, default defaultValue: Value? = nil) {
        location = StorageLocation(pallet: pallet, item: name)
        self.hasher = hasher
        self.defaultValue = defaultValue
    }

    /// Whether metadata lists the item as optional or defaulted.
    public var modifier: StorageModifier { defaultValue == nil ? .optional : .default }

    /// The storage key of the entry for `key`.
    /// - Parameter key: the map key.
    /// - Returns: `prefix ‖ hasher(SCALE(key))`.
    public func storageKey(for key: Key) -> [UInt8] {
        location.prefix + hasher.hash(key.scaleEncoded())
    }

    /// The stored value for `key`, else the default (nil for an optional item).
    /// - Parameters:
    ///   - key: the map key.
    ///   - state: the block's state.
    /// - Returns: the value, or nil.
    /// - Throws: `DispatchError.corruption` for a value that does not decode, `.unavailable` when the
    ///   state cannot be read.
    public func get(_ key: Key, in state: inout Overlay) throws(DispatchError) -> Value? {
        try state.decoded(Value.self, forKey: storageKey(for: key)) ?? defaultValue
    }

    /// The stored value or the default, for an item declared with a default.
    /// - Parameters:
    ///   - key: the map key.
    ///   - state: the block's state.
    /// - Returns: the value.
    /// - Throws: as `get(_:in:)`.
    public func value(_ key: Key, in state: inout Overlay) throws(DispatchError) -> Value {
        guard let value = try get(key, in: &state) else {
            preconditionFailure("\(location.pallet).\(location.item) has no default; read it with get(_:in:)")
        }
        return value
    }

    /// Whether an entry is stored for `key` (a default does not count).
    /// - Parameters:
    ///   - key: the map key.
    ///   - state: the block's state.
    /// - Returns: true when the entry exists.
    /// - Throws: `DispatchError.unavailable` when the state cannot be read.
    public func contains(_ key: Key, in state: inout Overlay) throws(DispatchError) -> Bool {
        do { return try state.contains(key: storageKey(for: key)) } catch { throw .unavailable }
    }

    /// Stores `value` for `key`.
    /// - Parameters:
    ///   - value: the new value.
    ///   - key: the map key.
    ///   - state: the block's state.
    public func insert(_ value: Value, for key: Key, in state: inout Overlay) {
        state.set(value.scaleEncoded(), forKey: storageKey(for: key))
    }

    /// Removes the entry for `key`.
    /// - Parameters:
    ///   - key: the map key.
    ///   - state: the block's state.
    public func remove(_ key: Key, in state: inout Overlay) {
        state.remove(key: storageKey(for: key))
    }

    /// Reads the entry (absent as nil, whatever the default), lets `body` change it, then stores it, or
    /// removes it when `body` leaves nil.
    /// - Parameters:
    ///   - key: the map key.
    ///   - state: the block's state.
    ///   - body: the change; throwing leaves the entry as it was.
    /// - Returns: what `body` returns.
    /// - Throws: as `get(_:in:)`, or `body`'s error.
    public func mutateExisting<Result>(
        _ key: Key,
        in state: inout Overlay,
        _ body: (inout Value?) throws(DispatchError) -> Result
    ) throws(DispatchError) -> Result {
        let storageKey = storageKey(for: key)
        var value = try state.decoded(Value.self, forKey: storageKey)
        let result = try body(&value)
        if let value {
            state.set(value.scaleEncoded(), forKey: storageKey)
        } else {
            state.remove(key: storageKey)
        }
        return result
    }

    /// Every stored entry in storage-key order, with its key recovered from the storage key.
    ///
    /// Only for maps whose hasher keeps the key (`hasher.concatenatesInput`).
    /// - Parameter state: the block's state.
    /// - Returns: `(key, value)` pairs.
    /// - Throws: `DispatchError.corruption` when a key or value does not decode, `.unavailable` when
    ///   the state cannot be read.
    public func entries(in state: inout Overlay) throws(DispatchError) -> [(key: Key, value: Value)] {
        precondition(hasher.concatenatesInput, "\(location.item) uses \(hasher), which cannot recover keys")
        var result: [(key: Key, value: Value)] = []
        let skip = location.prefix.count + hasher.digestByteCount
        for storageKey in try state.storageKeys(prefix: location.prefix) {
            guard storageKey.count >= skip, let value = try state.decoded(Value.self, forKey: storageKey) else {
                throw .corruption
            }
            do {
                result.append((try Key(scaleDecoding: Array(storageKey[skip...])), value))
            } catch {
                throw .corruption
            }
        }
        return result
    }
}
