public import PhalaPrimitives
public import RuntimeSupport

extension TransactionPayment {
    /// TransactionPayment as clients see it (substrate-rpc.md §5.4): the fee multiplier, the
    /// `TransactionFeePaid` event and `OperationalFeeMultiplier`.
    public var metadata: PalletMetadata {
        let multiplier = TypeReference.named("sp_arithmetic::fixed_point::FixedU128") {
            .composite(
                path: ["sp_arithmetic", "fixed_point", "FixedU128"],
                fields: [TypeField(type: .of(UInt128.self), typeName: "u128")]
            )
        }
        return PalletMetadata(
            name: Self.name,
            index: index,
            storage: PalletStorageMetadata(
                prefix: Self.name,
                entries: [StorageEntryMetadata(Storage.nextFeeMultiplier, type: multiplier)]
            ),
            event: .of(Event.self),
            constants: [
                PalletConstantMetadata(
                    name: "OperationalFeeMultiplier",
                    value: configuration.operationalFeeMultiplier,
                    docs: [
                        "A fee multiplier for `Operational` extrinsics to compute \"virtual tip\" to boost their `priority`."
                    ]
                )
            ]
        )
    }
}

extension TransactionPayment.Event: TypeInfo {
    /// `pallet_transaction_payment::pallet::Event<T>`: `TransactionFeePaid{who, actual_fee, tip}` = 0.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum(
            "pallet_transaction_payment",
            "Event",
            variants: [
                TypeVariant(
                    name: "TransactionFeePaid",
                    index: 0,
                    fields: [
                        .named("who", AccountId32.self, "T::AccountId"),
                        .named("actual_fee", Balance.self, "BalanceOf<T>"),
                        .named("tip", Balance.self, "BalanceOf<T>"),
                    ],
                    docs: [
                        "A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee, has been paid by `who`."
                    ]
                )
            ]
        )
    }
}
