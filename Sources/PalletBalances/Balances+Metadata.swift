public import PhalaPrimitives
public import RuntimeSupport
import SCALE

extension Balances {
    /// Balances as clients see it (substrate-rpc.md §5.4): storage, calls, events, constants and
    /// errors with pallet-balances' names and indices.
    public var metadata: PalletMetadata {
        PalletMetadata(
            name: Self.name,
            index: index,
            storage: PalletStorageMetadata(
                prefix: Self.name,
                entries: [
                    StorageEntryMetadata(Storage.totalIssuance, docs: ["The total units issued in the system."]),
                    StorageEntryMetadata(
                        Storage.inactiveIssuance,
                        docs: ["The total units of outstanding deactivated balance in the system."]
                    ),
                    StorageEntryMetadata(Storage.freezes, docs: ["Freeze locks on account balances."]),
                ]
            ),
            calls: .of(Call.self),
            event: .of(Event.self),
            constants: [
                PalletConstantMetadata(
                    name: "ExistentialDeposit",
                    value: configuration.existentialDeposit,
                    docs: ["The minimum amount required to keep an account open."]
                ),
                PalletConstantMetadata(
                    name: "MaxFreezes",
                    value: UInt32(configuration.maxFreezes),
                    docs: ["The maximum number of individual freeze locks that can exist on an account at any time."]
                ),
            ],
            error: .of(Error.self)
        )
    }
}

extension Balances.Call: TypeInfo {
    /// `pallet_balances::pallet::Call<T, I>` with the calls this runtime offers at their FRAME indices.
    public static var typeInfo: TypeDescription<TypeReference> {
        let lookup = "AccountIdLookupOf<T>"
        let dest = TypeField<TypeReference>.named("dest", MultiAddress.self, lookup)
        let value = TypeField<TypeReference>.named("value", Compact<UInt128>.self, "T::Balance")
        let who = TypeField<TypeReference>.named("who", MultiAddress.self, lookup)
        return .palletEnum(
            "pallet_balances",
            "Call",
            instantiable: true,
            variants: [
                TypeVariant(name: "transfer_allow_death", index: 0, fields: [dest, value]),
                TypeVariant(
                    name: "force_transfer",
                    index: 2,
                    fields: [.named("source", MultiAddress.self, lookup), dest, value]
                ),
                TypeVariant(
                    name: "transfer_keep_alive",
                    index: 3,
                    fields: [dest, value],
                    docs: ["Same as `transfer_allow_death`, but the sender's account is kept alive."]
                ),
                TypeVariant(
                    name: "transfer_all",
                    index: 4,
                    fields: [dest, .named("keep_alive", Bool.self, "bool")]
                ),
                TypeVariant(
                    name: "force_unreserve",
                    index: 5,
                    fields: [who, .named("amount", Balance.self, "T::Balance")]
                ),
                TypeVariant(
                    name: "force_set_balance",
                    index: 8,
                    fields: [who, .named("new_free", Compact<UInt128>.self, "T::Balance")]
                ),
            ]
        )
    }
}

extension Balances.Event: TypeInfo {
    /// `pallet_balances::pallet::Event<T, I>` with the events this runtime emits at their FRAME indices.
    public static var typeInfo: TypeDescription<TypeReference> {
        func account(_ name: String) -> TypeField<TypeReference> { .named(name, AccountId32.self, "T::AccountId") }
        func balance(_ name: String) -> TypeField<TypeReference> { .named(name, Balance.self, "T::Balance") }
        return .palletEnum(
            "pallet_balances",
            "Event",
            instantiable: true,
            variants: [
                TypeVariant(name: "Endowed", index: 0, fields: [account("account"), balance("free_balance")]),
                TypeVariant(name: "DustLost", index: 1, fields: [account("account"), balance("amount")]),
                TypeVariant(name: "Transfer", index: 2, fields: [account("from"), account("to"), balance("amount")]),
                TypeVariant(name: "BalanceSet", index: 3, fields: [account("who"), balance("free")]),
                TypeVariant(name: "Reserved", index: 4, fields: [account("who"), balance("amount")]),
                TypeVariant(name: "Unreserved", index: 5, fields: [account("who"), balance("amount")]),
                TypeVariant(name: "Deposit", index: 7, fields: [account("who"), balance("amount")]),
                TypeVariant(name: "Withdraw", index: 8, fields: [account("who"), balance("amount")]),
                TypeVariant(name: "Frozen", index: 19, fields: [account("who"), balance("amount")]),
                TypeVariant(name: "Thawed", index: 20, fields: [account("who"), balance("amount")]),
            ]
        )
    }
}

extension Balances.Error: TypeInfo {
    /// `pallet_balances::pallet::Error<T, I>`, indexed by raw value.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum("pallet_balances", "Error", instantiable: true, variants: variants(named: \.name))
    }
}

extension Balances.Freeze: TypeInfo {
    /// `pallet_balances::types::IdAmount<Id, Balance> { id, amount }`, with the freeze id as 8 bytes.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["pallet_balances", "types", "IdAmount"],
            parameters: [
                TypeParameter(name: "Id", type: .of(FixedBytes<8>.self)),
                TypeParameter(name: "Balance", type: .of(Balance.self)),
            ],
            fields: [.named("id", FixedBytes<8>.self, "Id"), .named("amount", Balance.self, "Balance")]
        )
    }
}
