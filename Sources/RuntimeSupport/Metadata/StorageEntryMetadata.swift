public import PhalaCrypto
import SCALE

/// Describes one storage item of a pallet for clients: its name, key hashers, key and value types,
/// and what a read of an absent key returns.
///
/// ```swift
/// StorageEntryMetadata(
///     name: "Account", modifier: .default(AccountInfo().scaleEncoded()),
///     kind: .map(hashers: [.blake2_128Concat], key: .of(AccountId32.self), value: .of(AccountInfo.self)),
///     docs: ["The full account information for a particular account ID."])
/// ```
public struct StorageEntryMetadata: Sendable {
    /// What reading an absent key yields: frame-metadata's `StorageEntryModifier` with its default bytes.
    public enum Modifier: Sendable, Hashable {
        /// `OptionQuery`: the value is an `Option`, `None` when absent (default bytes `0x00`).
        case optional
        /// `ValueQuery`: absent keys read as this SCALE-encoded value, which clients decode strictly.
        case `default`([UInt8])
    }

    /// Whether the item is a single value or a map, with its types.
    public enum Kind: Sendable {
        /// A `StorageValue` of this type.
        case plain(TypeReference)
        /// A map with one hasher per key part; for several parts `key` is the tuple of their types.
        case map(hashers: [StorageHasher], key: TypeReference, value: TypeReference)
    }

    /// The item's name as hashed into its key (`Account`, `TotalIssuance`).
    public var name: String
    /// What an absent key reads as.
    public var modifier: Modifier
    /// Value or map, and the types.
    public var kind: Kind
    /// Documentation lines.
    public var docs: [String]

    /// Describes a storage item.
    /// - Parameters:
    ///   - name: the item's name exactly as hashed into storage keys.
    ///   - modifier: `.optional`, or `.default(bytes)` with the encoded default value.
    ///   - kind: `.plain(value)` or `.map(hashers:key:value:)`.
    ///   - docs: documentation lines.
    public init(name: String, modifier: Modifier, kind: Kind, docs: [String] = []) {
        self.name = name
        self.modifier = modifier
        self.kind = kind
        self.docs = docs
    }

    /// Appends `StorageEntryMetadata`, registering the types it names.
    func encode(to encoder: inout ScaleEncoder, registry: inout TypeRegistry) {
        encoder.encode(name)
        switch modifier {
        case .optional: encoder.encode(variantIndex: 0)
        case .default: encoder.encode(variantIndex: 1)
        }
        switch kind {
        case .plain(let value):
            encoder.encode(variantIndex: 0)
            encoder.encode(registry.register(value))
        case .map(let hashers, let key, let value):
            encoder.encode(variantIndex: 1)
            encoder.encode(compactLength: hashers.count)
            for hasher in hashers { encoder.encode(variantIndex: hasher.rawValue) }
            encoder.encode(registry.register(key))
            encoder.encode(registry.register(value))
        }
        switch modifier {
        case .optional: encoder.encode([UInt8(0)])
        case .default(let bytes): encoder.encode(bytes)
        }
        encoder.encode(docs)
    }
}
