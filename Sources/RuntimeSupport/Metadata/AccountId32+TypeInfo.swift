public import PhalaPrimitives

extension AccountId32: TypeInfo {
    /// `sp_core::crypto::AccountId32([u8; 32])`; clients show and accept it as an SS58 address by this path.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["sp_core", "crypto", "AccountId32"],
            fields: [TypeField(type: .of(FixedBytes<32>.self), typeName: "[u8; 32]")]
        )
    }
}
