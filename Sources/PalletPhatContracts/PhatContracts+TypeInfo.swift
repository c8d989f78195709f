import PhalaPrimitives
public import RuntimeSupport

// Metadata descriptions of the pallet's storage and argument types, with Phala's Rust paths.

extension ClusterPermission: TypeInfo {
    /// `phala_types::contract::ClusterPermission<AccountId>`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["phala_types", "contract", "ClusterPermission"],
            variants: [
                TypeVariant(name: "Public", index: 0),
                TypeVariant(
                    name: "OnlyOwner",
                    index: 1,
                    fields: [.init(type: .of(AccountId32.self), typeName: "AccountId")]
                ),
            ]
        )
    }
}

extension ClusterInfo: TypeInfo {
    /// `phala_types::contract::ClusterInfo<AccountId>`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["phala_types", "contract", "ClusterInfo"],
            fields: [
                .named("owner", AccountId32.self, "AccountId"),
                .named("permission", ClusterPermission.self, "ClusterPermission<AccountId>"),
                .named("system_contract", H256.self, "ContractId"), .named("gas_price", UInt128.self, "u128"),
                .named("deposit_per_item", UInt128.self, "u128"), .named("deposit_per_byte", UInt128.self, "u128"),
            ]
        )
    }
}

extension PinkSystemCode: TypeInfo {
    /// The `(u16, Vec<u8>)` tuple Phala stores, as a composite of two unnamed fields.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["phat", "PinkSystemCode"],
            fields: [
                .init(type: .of(UInt16.self), typeName: "u16"), .init(type: .of([UInt8].self), typeName: "Vec<u8>"),
            ]
        )
    }
}

extension CodeIndex: TypeInfo {
    /// `phala_types::contract::CodeIndex<H256>`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["phala_types", "contract", "CodeIndex"],
            variants: [
                TypeVariant(name: "WasmCode", index: 0, fields: [.init(type: .of(H256.self), typeName: "CodeHash")])
            ]
        )
    }
}

extension BasicContractInfo: TypeInfo {
    /// `phat::pallet::BasicContractInfo`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["phat", "pallet", "BasicContractInfo"],
            fields: [
                .named("deployer", AccountId32.self, "AccountId32"), .named("cluster", H256.self, "ContractClusterId"),
            ]
        )
    }
}

extension ResourceType: TypeInfo {
    /// `phala_types::contract::messaging::ResourceType`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["phala_types", "contract", "messaging", "ResourceType"],
            variants: [
                TypeVariant(name: "InkCode", index: 0), TypeVariant(name: "SidevmCode", index: 1),
                TypeVariant(name: "IndeterministicInkCode", index: 2),
            ]
        )
    }
}
