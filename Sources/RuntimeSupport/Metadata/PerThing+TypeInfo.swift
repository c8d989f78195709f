public import PhalaPrimitives

extension Perbill: TypeInfo {
    /// `sp_arithmetic::per_things::Perbill(u32)`: parts per billion.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["sp_arithmetic", "per_things", "Perbill"],
            fields: [TypeField(type: .of(UInt32.self), typeName: "u32")]
        )
    }
}

extension Permill: TypeInfo {
    /// `sp_arithmetic::per_things::Permill(u32)`: parts per million.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["sp_arithmetic", "per_things", "Permill"],
            fields: [TypeField(type: .of(UInt32.self), typeName: "u32")]
        )
    }
}
