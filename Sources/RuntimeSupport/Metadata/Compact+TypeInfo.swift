public import SCALE

extension Compact: TypeInfo where Value: TypeInfo {
    /// `Compact<T>`: the compact definition over the integer type.
    public static var typeInfo: TypeDescription<TypeReference> {
        TypeDescription(definition: .compact(.of(Value.self)))
    }
}
