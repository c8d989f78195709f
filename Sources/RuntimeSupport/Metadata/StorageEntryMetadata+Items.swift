public import PhalaCrypto
public import SCALE

// Metadata entries built from a pallet's own storage declarations, so the names, hashers and
// defaults clients see are the ones the pallet reads and writes with.
extension StorageEntryMetadata {
    /// Describes a `StorageValue`: its item name, `Default` with the encoded default or `Optional`.
    /// - Parameters:
    ///   - item: the pallet's declaration.
    ///   - type: the value's type as clients decode it.
    ///   - docs: documentation lines.
    public init<Value>(_ item: StorageValue<Value>, type: TypeReference, docs: [String] = []) {
        self.init(
            name: item.location.item,
            modifier: Self.modifier(item.defaultValue),
            kind: .plain(type),
            docs: docs
        )
    }

    /// Describes a `StorageValue` whose Swift value type describes itself.
    /// - Parameters:
    ///   - item: the pallet's declaration.
    ///   - docs: documentation lines.
    public init<Value: TypeInfo>(_ item: StorageValue<Value>, docs: [String] = []) {
        self.init(item, type: .of(Value.self), docs: docs)
    }

    /// Describes a `StorageMap`: its item name, its hasher, its Swift key type's description, the
    /// given value type, and its default.
    /// - Parameters:
    ///   - item: the pallet's declaration.
    ///   - value: the value's type as clients decode it.
    ///   - docs: documentation lines.
    public init<Key: TypeInfo, Value>(_ item: StorageMap<Key, Value>, value: TypeReference, docs: [String] = []) {
        self.init(
            name: item.location.item,
            modifier: Self.modifier(item.defaultValue),
            kind: .map(hashers: [item.hasher], key: .of(Key.self), value: value),
            docs: docs
        )
    }

    /// Describes a `StorageMap` whose Swift key and value types describe themselves.
    /// - Parameters:
    ///   - item: the pallet's declaration.
    ///   - docs: documentation lines.
    public init<Key: TypeInfo, Value: TypeInfo>(_ item: StorageMap<Key, Value>, docs: [String] = []) {
        self.init(item, value: .of(Value.self), docs: docs)
    }

    /// `.default(encoded default)` for a `ValueQuery` item, `.optional` for an `OptionQuery` one.
    private static func modifier<Value: ScaleEncodable>(_ defaultValue: Value?) -> Modifier {
        defaultValue.map { .default($0.scaleEncoded()) } ?? .optional
    }
}
