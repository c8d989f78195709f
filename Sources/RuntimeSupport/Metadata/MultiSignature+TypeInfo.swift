public import PhalaPrimitives

extension MultiSignature: TypeInfo {
    /// `sp_runtime::MultiSignature`: `Ed25519` = 0, `Sr25519` = 1, `Ecdsa` = 2, each wrapping its
    /// scheme's `sp_core::<scheme>::Signature`; polkadot.js keys on this exact path.
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["sp_runtime", "MultiSignature"],
            variants: [
                TypeVariant(
                    name: "Ed25519",
                    index: 0,
                    fields: [TypeField(type: signature("ed25519", length: 64), typeName: "ed25519::Signature")]
                ),
                TypeVariant(
                    name: "Sr25519",
                    index: 1,
                    fields: [TypeField(type: signature("sr25519", length: 64), typeName: "sr25519::Signature")]
                ),
                TypeVariant(
                    name: "Ecdsa",
                    index: 2,
                    fields: [TypeField(type: signature("ecdsa", length: 65), typeName: "ecdsa::Signature")]
                ),
            ]
        )
    }

    /// `sp_core::<scheme>::Signature([u8; length])`, which has no Swift type of its own here.
    private static func signature(_ scheme: String, length: Int) -> TypeReference {
        let bytes: TypeReference = length == 65 ? .of(FixedBytes<65>.self) : .of(FixedBytes<64>.self)
        return .named("sp_core::\(scheme)::Signature") {
            .composite(
                path: ["sp_core", scheme, "Signature"],
                fields: [TypeField(type: bytes, typeName: "[u8; \(length)]")]
            )
        }
    }
}
