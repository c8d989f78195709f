extension InlineArray: TypeInfo where Element: TypeInfo {
    /// Refers to `[Element; count]` through `TypeReference.array(length:element:)`.
    public static var typeReference: TypeReference { .array(length: count, element: .of(Element.self)) }

    /// `[T; N]`: an array of `count` elements with no length prefix.
    public static var typeInfo: TypeDescription<TypeReference> {
        TypeDescription(definition: .array(length: UInt32(count), element: .of(Element.self)))
    }
}
