public import PhalaPrimitives
import SCALE

extension MultiAddress: TypeInfo {
    /// `sp_runtime::multiaddress::MultiAddress<AccountId32, u32>`: substrate-interface reads the
    /// account type from the `AccountId` parameter, and accepts SS58 strings for `Id`.
    ///
    /// The `AccountIndex` parameter is `u32` because this chain's `MultiAddress.index` carries a
    /// compact `u32` (Substrate's node template uses `()` there; clients only use `Id`).
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["sp_runtime", "multiaddress", "MultiAddress"],
            parameters: [
                TypeParameter(name: "AccountId", type: .of(AccountId32.self)),
                TypeParameter(name: "AccountIndex", type: .of(UInt32.self)),
            ],
            variants: [
                TypeVariant(
                    name: "Id",
                    index: 0,
                    fields: [TypeField(type: .of(AccountId32.self), typeName: "AccountId")]
                ),
                TypeVariant(
                    name: "Index",
                    index: 1,
                    fields: [TypeField(type: .of(Compact<UInt32>.self), typeName: "AccountIndex")]
                ),
                TypeVariant(name: "Raw", index: 2, fields: [TypeField(type: .of([UInt8].self), typeName: "Vec<u8>")]),
                TypeVariant(
                    name: "Address32",
                    index: 3,
                    fields: [TypeField(type: .of(FixedBytes<32>.self), typeName: "[u8; 32]")]
                ),
                TypeVariant(
                    name: "Address20",
                    index: 4,
                    fields: [TypeField(type: .of(FixedBytes<20>.self), typeName: "[u8; 20]")]
                ),
            ]
        )
    }
}
