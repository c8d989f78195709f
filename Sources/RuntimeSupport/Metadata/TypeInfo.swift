/// A Swift type that can describe its SCALE encoding for runtime metadata, as scale-info's `TypeInfo` does.
///
/// Conformers return their Rust-side description: the exact Substrate path, the generic
/// parameters, and fields or variants that name other types by `TypeReference`. The description
/// must match the type's `ScaleEncodable` encoding byte for byte, since clients decode with it.
///
/// ```swift
/// extension Perbill: TypeInfo {
///     public static var typeInfo: TypeDescription<TypeReference> {
///         .composite(path: ["sp_arithmetic", "per_things", "Perbill"],
///                    fields: [TypeField(type: .of(UInt32.self), typeName: "u32")])
///     }
/// }
/// ```
///
/// A Swift type encoded exactly like one of the ready-made references (`TypeReference.weight`,
/// `.dispatchError`, `.eventRecord(event:topic:)`, …) forwards to it, so both spellings share one
/// registry entry:
///
/// ```swift
/// extension Weight: TypeInfo {
///     public static var typeReference: TypeReference { .weight }
///     public static var typeInfo: TypeDescription<TypeReference> { TypeReference.weight.typeDescription }
/// }
/// ```
///
/// Descriptions are captured in `Sendable` references, so a conformer's metatype must be sendable
/// (no conformance isolated to a global actor).
public protocol TypeInfo: SendableMetatype {
    /// The type's description, with other types named by reference.
    static var typeInfo: TypeDescription<TypeReference> { get }

    /// How metadata refers to this type. The default is the type itself; a type encoded exactly
    /// like another (`Balance` is a `u128`) returns that type's reference, so the registry holds
    /// one entry for both, as scale-info's `Identity` does.
    static var typeReference: TypeReference { get }
}

extension TypeInfo {
    /// Refers to `Self`, described by `typeInfo`.
    public static var typeReference: TypeReference { TypeReference(describing: Self.self) }
}
