extension PerDispatchClass: TypeInfo where Value: TypeInfo {
    /// `frame_support::dispatch::PerDispatchClass<T> { normal, operational, mandatory }`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["frame_support", "dispatch", "PerDispatchClass"],
            parameters: [TypeParameter(name: "T", type: .of(Value.self))],
            fields: ["normal", "operational", "mandatory"].map {
                TypeField(name: $0, type: .of(Value.self), typeName: "T")
            }
        )
    }
}
