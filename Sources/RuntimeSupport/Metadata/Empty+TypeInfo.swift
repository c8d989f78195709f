extension Empty: TypeInfo {
    /// `()`: the success value of a `DispatchResult`.
    public static var typeReference: TypeReference { .unit }
    /// The empty tuple.
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .tuple([])) }
}
