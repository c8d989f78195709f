extension Result: TypeInfo where Success: TypeInfo, Failure: TypeInfo {
    /// `Result<T, E>` as scale-info describes it: path `["Result"]`, parameters `T` and `E`,
    /// variants `Ok(T)` = 0 and `Err(E)` = 1.
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["Result"],
            parameters: [
                TypeParameter(name: "T", type: .of(Success.self)), TypeParameter(name: "E", type: .of(Failure.self)),
            ],
            variants: [
                TypeVariant(name: "Ok", index: 0, fields: [TypeField(type: .of(Success.self))]),
                TypeVariant(name: "Err", index: 1, fields: [TypeField(type: .of(Failure.self))]),
            ]
        )
    }
}
