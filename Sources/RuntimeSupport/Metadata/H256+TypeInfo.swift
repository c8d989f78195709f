public import PhalaPrimitives

extension H256: TypeInfo {
    /// `primitive_types::H256([u8; 32])`, the block and state hash type.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["primitive_types", "H256"],
            fields: [TypeField(type: .of(FixedBytes<32>.self), typeName: "[u8; 32]")]
        )
    }
}
