// scale-info describes Rust's scalar types as `TypeDef::Primitive` with no path; these are their
// Swift counterparts.

extension Bool: TypeInfo {
    /// `bool`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .primitive(.bool)) }
}

extension String: TypeInfo {
    /// `str` (Rust's `String` shares `str`'s description).
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .primitive(.str)) }
}

extension UInt8: TypeInfo {
    /// `u8`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .primitive(.u8)) }
}

extension UInt16: TypeInfo {
    /// `u16`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .primitive(.u16)) }
}

extension UInt32: TypeInfo {
    /// `u32`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .primitive(.u32)) }
}

extension UInt64: TypeInfo {
    /// `u64`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .primitive(.u64)) }
}

extension UInt128: TypeInfo {
    /// `u128`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .primitive(.u128)) }
}

extension Int8: TypeInfo {
    /// `i8`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .primitive(.i8)) }
}

extension Int16: TypeInfo {
    /// `i16`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .primitive(.i16)) }
}

extension Int32: TypeInfo {
    /// `i32`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .primitive(.i32)) }
}

extension Int64: TypeInfo {
    /// `i64`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .primitive(.i64)) }
}

extension Int128: TypeInfo {
    /// `i128`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeDescription(definition: .primitive(.i128)) }
}
