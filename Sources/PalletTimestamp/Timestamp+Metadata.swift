public import RuntimeSupport
import SCALE

extension Timestamp {
    /// Timestamp as clients see it: `Now`, `DidUpdate`, the `set` inherent and `MinimumPeriod`
    /// (polkadot.js sizes mortal eras from it, substrate-rpc.md §5.4).
    public var metadata: PalletMetadata {
        PalletMetadata(
            name: Self.name,
            index: index,
            storage: PalletStorageMetadata(
                prefix: Self.name,
                entries: [
                    StorageEntryMetadata(Storage.now, docs: ["The current time for the current block."]),
                    StorageEntryMetadata(
                        Storage.didUpdate,
                        docs: ["Whether the timestamp has been updated in this block."]
                    ),
                ]
            ),
            calls: .of(Call.self),
            constants: [
                PalletConstantMetadata(
                    name: "MinimumPeriod",
                    value: configuration.minimumPeriod,
                    docs: ["The minimum period between blocks."]
                )
            ]
        )
    }
}

extension Timestamp.Call: TypeInfo {
    /// `pallet_timestamp::pallet::Call<T>`: `set{now: Compact<u64>}` = 0.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum(
            "pallet_timestamp",
            "Call",
            variants: [
                TypeVariant(
                    name: "set",
                    index: 0,
                    fields: [.named("now", Compact<UInt64>.self, "T::Moment")],
                    docs: ["Set the current time."]
                )
            ]
        )
    }
}
