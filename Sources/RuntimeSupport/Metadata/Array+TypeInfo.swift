extension Array: TypeInfo where Element: TypeInfo {
    /// Refers to `Vec<Element>` through `TypeReference.sequence(of:)`, shared with non-Swift element types.
    public static var typeReference: TypeReference { .sequence(of: .of(Element.self)) }

    /// `Vec<T>`: a sequence with no path.
    public static var typeInfo: TypeDescription<TypeReference> {
        TypeDescription(definition: .sequence(.of(Element.self)))
    }
}
