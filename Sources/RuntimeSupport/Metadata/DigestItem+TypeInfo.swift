public import PhalaPrimitives

extension DigestItem: TypeInfo {
    /// `sp_runtime::generic::digest::DigestItem`, with Substrate's variant order and sparse indices:
    /// `PreRuntime` = 6, `Consensus` = 4, `Seal` = 5, `Other` = 0, `RuntimeEnvironmentUpdated` = 8.
    /// substrate-interface decodes header logs through this exact path.
    public static var typeInfo: TypeDescription<TypeReference> {
        let engine = TypeField<TypeReference>(type: .of(ConsensusEngineId.self), typeName: "ConsensusEngineId")
        let data = TypeField<TypeReference>(type: .of([UInt8].self), typeName: "Vec<u8>")
        return .variant(
            path: ["sp_runtime", "generic", "digest", "DigestItem"],
            variants: [
                TypeVariant(name: "PreRuntime", index: 6, fields: [engine, data]),
                TypeVariant(name: "Consensus", index: 4, fields: [engine, data]),
                TypeVariant(name: "Seal", index: 5, fields: [engine, data]),
                TypeVariant(name: "Other", index: 0, fields: [data]),
                TypeVariant(name: "RuntimeEnvironmentUpdated", index: 8),
            ]
        )
    }
}

extension TypeReference {
    /// `sp_runtime::generic::digest::Digest { logs: Vec<DigestItem> }`, encoded exactly like
    /// `[DigestItem]`; `Header.digest` and the `System.Digest` storage item have this type.
    public static var digest: TypeReference {
        .named("sp_runtime::generic::digest::Digest") {
            .composite(
                path: ["sp_runtime", "generic", "digest", "Digest"],
                fields: [TypeField(name: "logs", type: .of([DigestItem].self), typeName: "Vec<DigestItem>")]
            )
        }
    }
}
