public import PhalaPrimitives

extension FixedBytes: TypeInfo {
    /// Refers to `[u8; count]` through `TypeReference.array(length:element:)`, shared with `InlineArray`.
    public static var typeReference: TypeReference { .array(length: count, element: .of(UInt8.self)) }

    /// `[u8; N]`: an array of `count` bytes with no length prefix.
    public static var typeInfo: TypeDescription<TypeReference> {
        TypeDescription(definition: .array(length: UInt32(count), element: .of(UInt8.self)))
    }
}
