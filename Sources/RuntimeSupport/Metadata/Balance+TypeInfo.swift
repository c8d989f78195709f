public import PhalaPrimitives

extension Balance: TypeInfo {
    /// A balance is Substrate's `u128`, so metadata refers to `u128` itself.
    public static var typeReference: TypeReference { .of(UInt128.self) }

    /// `u128`.
    public static var typeInfo: TypeDescription<TypeReference> { UInt128.typeInfo }
}
