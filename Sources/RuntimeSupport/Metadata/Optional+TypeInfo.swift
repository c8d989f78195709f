extension Optional: TypeInfo where Wrapped: TypeInfo {
    /// `Option<T>` as scale-info describes it: path `["Option"]`, parameter `T` with its type
    /// (scalecodec fails without it), variants `None` = 0 and `Some(T)` = 1.
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["Option"],
            parameters: [TypeParameter(name: "T", type: .of(Wrapped.self))],
            variants: [
                TypeVariant(name: "None", index: 0),
                TypeVariant(name: "Some", index: 1, fields: [TypeField(type: .of(Wrapped.self))]),
            ]
        )
    }
}
